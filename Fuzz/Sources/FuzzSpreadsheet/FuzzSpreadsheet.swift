import Foundation
import FuzzDriver
import NiemyetAuthoring
import NiemyetCore

/// The sample project (NIEMYET_FUZZ_PROJECT, default the current folder), loaded once, so
/// that imported rows are matched against real units and procedures.
private let sample: (Project, Campaign)? = {
    let path = ProcessInfo.processInfo.environment["NIEMYET_FUZZ_PROJECT"] ?? "."
    let project = ProjectLoader(path: path).load().project
    guard let campaign = project.campaigns.first else { return nil }
    return (project, campaign)
}()

/// A registration spreadsheet as an office exports it: CSV (any delimiter, BOM) or XLSX,
/// then the rows turned into unit registrations.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSpreadsheet(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = Data(fuzzBytes(bytes, count))
    guard case .success(let sheet) = Spreadsheet.parse(data, shownAs: "fuzz.csv") else { return 0 }
    guard let (project, campaign) = sample else { fatalError("no sample project: set NIEMYET_FUZZ_PROJECT") }
    let (_, diagnostics) = RegistrationImport(project: project, campaign: campaign, file: "fuzz.csv")
        .registrations(from: sheet)
    for diagnostic in diagnostics { _ = diagnostic.message(in: .vi) }
    return 0
}

@_cdecl("FuzzSpreadsheet_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzzSpreadsheet)
}
