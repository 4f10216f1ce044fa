import Foundation
import FuzzDriver
import NiemyetCore
import NiemyetPosting

/// A unit's posting as the checker downloads it: the first byte picks how it is read
/// (HTML with a charset from the header, from the page, or PDF through poppler); the
/// rest is the body. The blocks read are then matched as the checker does.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPostingText(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = fuzzBytes(bytes, count)
    guard let selector = input.first else { return 0 }
    let data = Data(input.dropFirst())
    let kind: PostingText.Kind
    let contentType: String?
    switch selector % 4 {
    case 0: (kind, contentType) = (.html, "text/html")
    case 1: (kind, contentType) = (.html, "text/html; charset=windows-1258")
    case 2: (kind, contentType) = (.html, nil)
    default: (kind, contentType) = (.pdf, "application/pdf")
    }
    _ = Charset.detect(data, contentType: contentType)
    _ = PostingText.Kind(contentType: contentType, address: "posting.pdf", data: data)
    guard let blocks = PostingText.blocks(of: data, kind: kind, contentType: contentType) else { return 0 }
    let matcher = PostingMatcher(blocks: blocks)
    _ = matcher.match(name: "Thủ tục cấp bản sao trích lục hộ tịch", reduced: Turnaround(1, .sessions))
    _ = matcher.match(name: "Chuyển trường", reduced: .sameDay)
    return 0
}

@_cdecl("FuzzPostingText_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzzPostingText)
}
