import Foundation

/// The checked-in files tests compare against, found from this source file's location so
/// tests work whatever the working directory.
enum RepositoryFiles {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let scenarios = root.appendingPathComponent("Scenarios")
    static let generatedSource = root.appendingPathComponent("Sources/MadoguchiClinic/Scenario/BuiltinScenarios.swift")

    static func text(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    /// Scenarios/*.toml except defaults.toml, by name.
    static func scenarioFiles() throws -> [(name: String, text: String)] {
        try FileManager.default.contentsOfDirectory(atPath: scenarios.path)
            .filter { $0.hasSuffix(".toml") && $0 != "defaults.toml" }
            .sorted()
            .map { (String($0.dropLast(5)), try text(scenarios.appendingPathComponent($0))) }
    }

    /// Scenarios/Lessons/*.toml, by name.
    static func lessonFiles() throws -> [(name: String, text: String)] {
        let lessons = scenarios.appendingPathComponent("Lessons")
        return try FileManager.default.contentsOfDirectory(atPath: lessons.path)
            .filter { $0.hasSuffix(".toml") }
            .sorted()
            .map { (String($0.dropLast(5)), try text(lessons.appendingPathComponent($0))) }
    }

    static func defaultsFile() throws -> String { try text(scenarios.appendingPathComponent("defaults.toml")) }

    /// A fresh directory under the system's temporary directory.
    static func temporaryDirectory(_ label: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("madoguchi-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
