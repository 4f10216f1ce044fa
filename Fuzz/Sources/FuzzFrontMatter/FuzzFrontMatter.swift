import Foundation
import FuzzDriver
import NiemyetCore

/// One campaign file: bytes -> UTF-8 check -> front matter split -> YAML -> campaign
/// decoding (dates, turnarounds, activities, inline units) -> Markdown body.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontMatter(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = Data(fuzzBytes(bytes, count))
    let (campaign, diagnostics) = Campaign.decode(data, id: "fuzz")
    // Every diagnostic must be written in both languages without trapping.
    for diagnostic in diagnostics {
        _ = diagnostic.message(in: .vi)
        _ = diagnostic.message(in: .en)
    }
    for registration in campaign?.registrations ?? [] {
        for procedure in registration.procedures { _ = procedure.reduced?.value.workingMinutes }
    }
    return 0
}

@_cdecl("FuzzFrontMatter_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzzFrontMatter)
}
