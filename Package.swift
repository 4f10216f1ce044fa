// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "niemyet",
    products: [
        .executable(name: "niemyet", targets: ["niemyet"]),
        .library(name: "NiemyetCore", targets: ["NiemyetCore"]),
        .library(name: "NiemyetCheck", targets: ["NiemyetCheck"]),
        // For the separate fuzzing package in Fuzz/, which reaches the importer and the
        // posting reader.
        .library(name: "NiemyetAuthoring", targets: ["NiemyetAuthoring"]),
        .library(name: "NiemyetPosting", targets: ["NiemyetPosting"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.3"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
    ],
    targets: [
        // System libraries: a module map and a shim header, nothing else.
        .systemLibrary(
            name: "Ccmark", path: "Sources/Ccmark", pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]),
        .systemLibrary(
            name: "CPangoCairo", path: "Sources/CPangoCairo", pkgConfig: "pangocairo",
            providers: [.apt(["libpango1.0-dev", "libcairo2-dev"])]),
        .systemLibrary(
            name: "CQRencode", path: "Sources/CQRencode", pkgConfig: "libqrencode",
            providers: [.apt(["libqrencode-dev"])]),
        .systemLibrary(
            name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),

        // The model and its rules: load -> validate. No network, no graphics.
        .target(
            name: "NiemyetCore",
            dependencies: [
                "Ccmark",
                .product(name: "Yams", package: "Yams"),
                .product(name: "SwiftCSV", package: "SwiftCSV"),
            ]),

        // Authoring: scaffolding new campaigns and units, importing spreadsheets.
        .target(
            name: "NiemyetAuthoring",
            dependencies: [
                "NiemyetCore",
                .product(name: "Yams", package: "Yams"),
                .product(name: "SwiftCSV", package: "SwiftCSV"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                "CLibXML2",
            ]),

        // Printable posters: pure layout, then PDF drawing through pango + cairo.
        .target(name: "NiemyetPoster", dependencies: ["NiemyetCore", "CPangoCairo", "CQRencode"]),

        // The notice site: pages, feeds, open data, theme, atomic publishing.
        .target(
            name: "NiemyetSite",
            dependencies: [
                "NiemyetCore",
                .product(name: "Mustache", package: "swift-mustache"),
            ]),

        // Reading a unit's posting (HTML through libxml2, PDF through poppler) and matching
        // its procedures. No network: the fuzz package reaches it without NIO and BoringSSL.
        .target(name: "NiemyetPosting", dependencies: ["NiemyetCore", "CLibXML2"]),

        // The posting checker: fetch every unit's posting, read it, match, keep evidence.
        .target(
            name: "NiemyetCheck",
            dependencies: [
                "NiemyetCore", "NiemyetPosting",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "NIOHTTPCompression", package: "swift-nio-extras"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]),

        // The preview server: builds the site into a private folder, serves it on 127.0.0.1,
        // watches the project and reloads open pages.
        .target(
            name: "NiemyetServe",
            dependencies: [
                "NiemyetCore",
                "NiemyetSite",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]),

        // The thin executable: one small file per command.
        .executableTarget(
            name: "niemyet",
            dependencies: [
                "NiemyetCore",
                "NiemyetAuthoring",
                "NiemyetPoster",
                "NiemyetSite",
                "NiemyetCheck",
                "NiemyetServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // jemalloc in release builds: a cold validate of 51,000 files spends a tenth
            // of its time in glibc's malloc and free from two threads, and ran 15% faster
            // with it (BENCHMARKS.md). Debug and sanitizer builds keep the system malloc.
            linkerSettings: [.linkedLibrary("jemalloc", .when(platforms: [.linux], configuration: .release))]),

        .testTarget(name: "NiemyetCoreTests", dependencies: ["NiemyetCore"]),
        .testTarget(name: "NiemyetPosterTests", dependencies: ["NiemyetPoster", "NiemyetCore"]),
        .testTarget(
            name: "NiemyetSiteTests",
            dependencies: ["NiemyetSite", .product(name: "Mustache", package: "swift-mustache")]),
        .testTarget(name: "NiemyetServeTests", dependencies: ["NiemyetServe"]),
        .testTarget(name: "EndToEndTests", dependencies: ["niemyet"]),
        .testTarget(
            name: "NiemyetCheckTests",
            dependencies: [
                "NiemyetCheck",
                "NiemyetPosting",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]),
    ],
    swiftLanguageModes: [.v6]
)
