import Foundation
import NiemyetCore
import NiemyetPosting
import Testing

@Suite("Matching a procedure and its turnaround in a page's blocks")
struct MatchingTests {
    let name = "Thủ tục tạm ngừng hoạt động hộ kinh doanh"
    let oneDay = Turnaround(1, .workingDays)

    @Test("name and turnaround in the same block: posted")
    func sameBlock() {
        let matcher = PostingMatcher(blocks: ["1 Thủ tục tạm ngừng hoạt động hộ kinh doanh 03 ngày làm việc 01 ngày làm việc"])
        let match = matcher.match(name: name, reduced: oneDay)
        #expect(match.isPosted)
    }

    @Test("the leading 'Thủ tục' may be left out on the page")
    func withoutPrefix() {
        let matcher = PostingMatcher(blocks: ["Tạm ngừng hoạt động hộ kinh doanh: 1 ngày làm việc"])
        #expect(matcher.match(name: name, reduced: oneDay).isPosted)
    }

    @Test("name and turnaround in different blocks: not posted")
    func differentBlocks() {
        let matcher = PostingMatcher(blocks: ["Thủ tục tạm ngừng hoạt động hộ kinh doanh", "01 ngày làm việc"])
        let match = matcher.match(name: name, reduced: oneDay)
        #expect(match.nameFound)
        #expect(!match.turnaroundFound)
    }

    @Test("NFD text, upper case, no-break spaces and old-style tone marks fold to the same")
    func folding() {
        let nfd = "THỦ TỤC TẠM NGỪNG\u{00A0}HOẠT ĐỘNG  hộ kinh doanh – 01\u{00A0}ngày làm việc"
            .decomposedStringWithCanonicalMapping
        #expect(PostingMatcher(blocks: [nfd]).match(name: name, reduced: oneDay).isPosted)
        let oldStyle = PostingMatcher(blocks: ["Thủ tục đăng ký khai sinh cho trẻ em (hoà giải, thuỷ lợi): 01 giờ"])
        #expect(
            oldStyle.match(name: "Thủ tục đăng ký khai sinh cho trẻ em (hòa giải, thủy lợi)", reduced: Turnaround(1, .hours))
                .isPosted)
    }

    @Test("turnarounds compare by meaning: 01 giờ = 1 tiếng = 60 phút; 01 ngày làm việc = 1 ngày làm việc")
    func equivalence() {
        for written in ["01 giờ", "1 tiếng", "60 phút", "1 hour"] {
            let matcher = PostingMatcher(blocks: ["Chuyển trường đối với học sinh trung học cơ sở \(written)"])
            #expect(
                matcher.match(name: "Thủ tục chuyển trường đối với học sinh trung học cơ sở", reduced: Turnaround(1, .hours))
                    .isPosted, "\(written)")
        }
        #expect(PostingMatcher(blocks: ["\(name): 1 ngày làm việc."]).match(name: name, reduced: oneDay).isPosted)
        #expect(PostingMatcher(blocks: ["\(name) trong ngày"]).match(name: name, reduced: .sameDay).isPosted)
    }

    @Test("a wrong turnaround next to the right name is reported as such")
    func wrongTurnaround() {
        let match = PostingMatcher(blocks: ["\(name) | 03 ngày làm việc | 02 giờ"]).match(name: name, reduced: oneDay)
        #expect(match.nameFound)
        #expect(!match.turnaroundFound)
        #expect(match.foundTurnaround == Turnaround(2, .hours), "the reduced column, after the normal one")
    }

    @Test("a name is matched on whole words only")
    func wholeWords() {
        let match = PostingMatcher(blocks: ["Thủ tục tạm ngừng hoạt động hộ kinh doanhxyz 01 ngày làm việc"])
            .match(name: name, reduced: oneDay)
        #expect(!match.nameFound)
    }
}
