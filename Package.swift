// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "niemyet",
    products: [
        .executable(name: "niemyet", targets: ["niemyet"]),
        .library(name: "NiemyetCore", targets: ["NiemyetCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // System libraries: a module map and a shim header, nothing else.
        .systemLibrary(
            name: "Ccmark", path: "Sources/Ccmark", pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]),

        // The model and its rules: load -> validate. No network, no graphics.
        .target(
            name: "NiemyetCore",
            dependencies: [
                "Ccmark",
                .product(name: "Yams", package: "Yams"),
                .product(name: "SwiftCSV", package: "SwiftCSV"),
            ]),

        // The notice site: pages, feeds, open data, theme, atomic publishing.
        .target(
            name: "NiemyetSite",
            dependencies: [
                "NiemyetCore",
                .product(name: "Mustache", package: "swift-mustache"),
            ]),

        // The thin executable: one small file per command.
        .executableTarget(
            name: "niemyet",
            dependencies: [
                "NiemyetCore",
                "NiemyetSite",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        .testTarget(name: "NiemyetCoreTests", dependencies: ["NiemyetCore"]),
        .testTarget(name: "NiemyetSiteTests", dependencies: ["NiemyetSite"]),
        .testTarget(name: "EndToEndTests", dependencies: ["niemyet"]),
    ],
    swiftLanguageModes: [.v6]
)
