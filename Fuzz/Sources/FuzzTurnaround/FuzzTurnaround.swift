import FuzzDriver
import NiemyetCore

/// A turnaround as staff type it ("3 ngày", "nửa ngày", "trong ngày", "4 giờ"), and the
/// folding used to compare Vietnamese names: parse, print, re-parse, compare.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTurnaround(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let text = String(decoding: fuzzBytes(bytes, count), as: UTF8.self)
    _ = TextFolding.fold(text)
    _ = TextFolding.comparisonKey(text)
    if let turnaround = Turnaround(parsing: text) {
        _ = turnaround.workingMinutes
        // What niemyet prints must read back as the same duration.
        guard let again = Turnaround(parsing: turnaround.vietnamese), again.isEquivalent(to: turnaround) else {
            fatalError("\(turnaround.vietnamese) does not read back as itself (from \(text.debugDescription))")
        }
        _ = turnaround.english
    }
    return 0
}

@_cdecl("FuzzTurnaround_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzzTurnaround)
}
