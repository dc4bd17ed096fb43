import Foundation
import Testing
@testable import MadoguchiClinic

/// Scenarios/*.toml are the source of truth; the binary carries a generated copy.
@Suite struct BuiltinScenarioFileTests {
    @Test func generatedSourceMatchesTheScenarioFiles() throws {
        let files = try RepositoryFiles.scenarioFiles()
        let lessons = try RepositoryFiles.lessonFiles()
        let defaults = try RepositoryFiles.defaultsFile()
        for file in files + lessons + [("defaults", defaults)] {
            #expect(!file.text.contains(BuiltinScenariosSource.closing), "\(file.name).toml cannot be embedded")
        }
        let expected = BuiltinScenariosSource.render(defaults: defaults, scenarios: files, lessons: lessons)
        let current = try RepositoryFiles.text(RepositoryFiles.generatedSource)
        if ProcessInfo.processInfo.environment["MADOGUCHI_REGENERATE"] == "1" {
            if current != expected {
                try expected.write(to: RepositoryFiles.generatedSource, atomically: true, encoding: .utf8)
            }
            return
        }
        #expect(current == expected, "BuiltinScenarios.swift is stale: run MADOGUCHI_REGENERATE=1 swift test")
    }

    /// Skipped while regenerating: the compiled copy is then the old one.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["MADOGUCHI_REGENERATE"] != "1"))
    func embeddedTextsEqualTheFiles() throws {
        let files = try RepositoryFiles.scenarioFiles()
        #expect(BuiltinScenarios.defaults == (try RepositoryFiles.defaultsFile()))
        #expect(Set(BuiltinScenarios.names) == Set(files.map(\.name)))
        #expect(BuiltinScenarios.names.first == "default")
        for file in files {
            #expect(BuiltinScenarios.texts[file.name] == file.text, "\(file.name).toml differs from its embedded copy")
        }
        let lessons = try RepositoryFiles.lessonFiles()
        #expect(BuiltinScenarios.lessonNames == lessons.map(\.name))
        for lesson in lessons {
            #expect(BuiltinScenarios.lessons[lesson.name] == lesson.text, "Lessons/\(lesson.name).toml differs from its embedded copy")
        }
    }
}

/// docs/scenario-format.md must describe every key of the defaults.
@Suite struct ScenarioFormatDocTests {
    @Test func everyDefaultKeyIsDocumented() throws {
        let doc = try RepositoryFiles.text(RepositoryFiles.root.appendingPathComponent("docs/scenario-format.md"))
        let keys = BuiltinScenarios.defaults.split(separator: "\n").compactMap { line -> String? in
            guard let first = line.first, first.isLetter, let eq = line.firstIndex(of: "=") else { return nil }
            return line[..<eq].trimmingCharacters(in: .whitespaces)
        }
        #expect(keys.count > 40)
        for key in Set(keys) {
            #expect(doc.contains("`\(key)`"), "docs/scenario-format.md does not mention `\(key)`")
        }
    }
}
