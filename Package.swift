// swift-tools-version: 6.0
import PackageDescription

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "Wijk",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "wijk", targets: ["WijkTUI"]),
        .library(name: "WijkModel", targets: ["WijkModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),
        .target(
            name: "WijkModel",
            path: "Sources/WijkModel",
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "WijkTUI",
            dependencies: [
                "WijkModel",
                "CNcurses",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/WijkTUI",
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "WijkModelTests",
            dependencies: ["WijkModel"],
            path: "Tests/WijkModelTests",
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "WijkTUITests",
            dependencies: ["WijkTUI", "WijkModel"],
            path: "Tests/WijkTUITests",
            swiftSettings: strictSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
