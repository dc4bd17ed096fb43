// swift-tools-version: 6.0
import PackageDescription

// Module boundaries follow the flow of events: the engine knows nothing of clinics, the
// clinic model nothing of terminals; the command line wires them together.
let package = Package(
    name: "Madoguchi",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "madoguchi", targets: ["madoguchi"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/HdrHistogram/hdrhistogram-swift", from: "0.2.0"),
    ],
    targets: [
        .systemLibrary(name: "CNcursesw", pkgConfig: "ncursesw", providers: [.apt(["libncursesw5-dev"])]),
        // The ziggurats' tables: the exponential's, shared with the C reference of the benchmark, and the normal's.
        .systemLibrary(name: "CZiggurat"),
        // The table of 2^(k/128) that exp reads (MadoguchiSim/Math/TableExp.swift).
        .systemLibrary(name: "CExpTable"),
        .target(
            name: "MadoguchiSim",
            dependencies: [
                "CZiggurat",
                "CExpTable",
                .product(name: "DequeModule", package: "swift-collections"),
                .product(name: "Histogram", package: "hdrhistogram-swift"),
            ]
        ),
        // Reading configuration files: the TOML reader, key paths, limits, messages.
        .target(name: "MadoguchiConfig"),
        .target(
            name: "MadoguchiClinic",
            dependencies: [
                "MadoguchiSim", "MadoguchiConfig",
                .product(name: "DequeModule", package: "swift-collections"),
            ]
        ),
        .target(
            name: "MadoguchiLab",
            dependencies: [
                "MadoguchiClinic", "MadoguchiTraining",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .target(
            name: "MadoguchiTraining",
            dependencies: ["MadoguchiClinic"]
        ),
        .target(
            name: "MadoguchiDesk",
            dependencies: ["MadoguchiClinic", "MadoguchiConfig", "MadoguchiTraining"]
        ),
        .target(
            name: "MadoguchiTerminal",
            dependencies: ["MadoguchiDesk", "CNcursesw"]
        ),
        .executableTarget(
            name: "madoguchi",
            dependencies: [
                "MadoguchiClinic", "MadoguchiLab", "MadoguchiTraining", "MadoguchiDesk", "MadoguchiTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "madoguchi-bench",
            dependencies: ["MadoguchiSim", "MadoguchiClinic", "MadoguchiLab", "MadoguchiDesk"],
            path: "Benchmarks/Sources"
        ),
        // The loaders as the fuzzers drive them (Fuzz/run.sh builds the harnesses).
        .target(
            name: "MadoguchiFuzzTargets",
            dependencies: ["MadoguchiClinic", "MadoguchiDesk", "MadoguchiLab", "MadoguchiTraining"],
            path: "Fuzz/Targets"
        ),
        // Scenarios built in code and the statistical design, shared by the test suites.
        .target(name: "MadoguchiTestSupport", dependencies: ["MadoguchiClinic"], path: "Tests/Support"),
        .testTarget(name: "MadoguchiSimTests", dependencies: ["MadoguchiSim", "MadoguchiTestSupport"]),
        // The conformance documents are read from the source tree (#filePath), not bundled.
        .testTarget(name: "MadoguchiConfigTests", dependencies: ["MadoguchiConfig"], exclude: ["Conformance"]),
        .testTarget(name: "MadoguchiClinicTests", dependencies: ["MadoguchiClinic", "MadoguchiTestSupport", "madoguchi"]),
        .testTarget(name: "MadoguchiLabTests", dependencies: ["MadoguchiLab", "MadoguchiTestSupport", "madoguchi"]),
        // The golden screens are read from the source tree (#filePath), not bundled.
        .testTarget(name: "MadoguchiTrainingTests", dependencies: ["MadoguchiTraining", "MadoguchiTestSupport"]),
        .testTarget(name: "MadoguchiDeskTests", dependencies: ["MadoguchiDesk", "MadoguchiTraining", "MadoguchiTestSupport"], exclude: ["Golden"]),
        .testTarget(name: "MadoguchiTerminalTests", dependencies: [
            "MadoguchiTerminal", "MadoguchiTestSupport", "MadoguchiLab",
        ]),
        .testTarget(name: "CommandLineTests", dependencies: ["madoguchi", "MadoguchiDesk", "MadoguchiTestSupport"]),
        // Every input the fuzzers ever crashed on, replayed from Fuzz/Regressions (#filePath).
        .testTarget(name: "FuzzRegressionTests", dependencies: ["MadoguchiFuzzTargets"]),
    ]
)
