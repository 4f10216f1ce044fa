// swift-tools-version: 6.0
// libFuzzer targets for niemyet's parsers, kept apart so that `swift build` and
// `swift test` of the main package never compile them. Build and run with `make fuzz`.
import PackageDescription

let package = Package(
    name: "NiemyetFuzz",
    dependencies: [
        .package(name: "niemyet", path: "..")
    ],
    targets: [
        // libFuzzer's driver behind the entry point SwiftPM gives executables.
        .target(name: "FuzzDriver"),
        .executableTarget(
            name: "FuzzFrontMatter",
            dependencies: ["FuzzDriver", .product(name: "NiemyetCore", package: "niemyet")]),
        .executableTarget(
            name: "FuzzTurnaround",
            dependencies: ["FuzzDriver", .product(name: "NiemyetCore", package: "niemyet")]),
        .executableTarget(
            name: "FuzzSpreadsheet",
            dependencies: [
                "FuzzDriver",
                .product(name: "NiemyetCore", package: "niemyet"),
                .product(name: "NiemyetAuthoring", package: "niemyet"),
            ]),
        .executableTarget(
            name: "FuzzPostingText",
            dependencies: [
                "FuzzDriver",
                .product(name: "NiemyetCore", package: "niemyet"),
                .product(name: "NiemyetPosting", package: "niemyet"),
            ]),
    ],
    swiftLanguageModes: [.v6]
)
