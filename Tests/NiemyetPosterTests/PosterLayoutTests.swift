import Testing
@testable import NiemyetPoster

@Suite struct PosterLayoutTests {
    @Test func placeholder() {}
}
