import ArgumentParser
import Foundation
import MadoguchiClinic
import MadoguchiLab

/// Loads a scenario for a command. A bad scenario ends the program with one message naming
/// the file, line or key and what is accepted, and exit status 2.
enum ScenarioArgument {
    static let defaultName = "default"

    static func load(_ nameOrPath: String?, language: Language,
                     overrides: [(key: String, value: String)] = []) throws -> Scenario {
        do {
            return try ScenarioLoader.load(nameOrPath: nameOrPath ?? defaultName, overrides: overrides)
        } catch {
            FileHandle.standardError.write(Data(("madoguchi: " + error.message(in: language) + "\n").utf8))
            throw ExitCode(2)
        }
    }

    /// The scenario with `--set KEY=VALUE` texts applied; one share of a mix set alone
    /// rescales the others, as in sweeps.
    static func load(_ nameOrPath: String?, language: Language, settings: [String]) throws -> Scenario {
        try load(nameOrPath, language: language, overrides: overrides(settings, language: language))
    }

    /// KEY=VALUE texts as loader overrides; a malformed one ends with exit status 2.
    static func overrides(_ texts: [String], language: Language) throws -> [(key: String, value: String)] {
        try texts.map { text in
            // One line: a recording keeps each override as a line of the scenario's text.
            guard let setting = try? SweepSetting(parsing: text), setting.values.count == 1,
                  !text.contains(where: \.isNewline) else {
                FileHandle.standardError.write(Data(("madoguchi: " + (language == .ja
                    ? "'\(text)' は KEY=VALUE の形で指定してください(例: staff.desks=3)"
                    : "'\(text)' is not of the form KEY=VALUE (e.g. staff.desks=3)") + "\n").utf8))
                throw ExitCode(2)
            }
            return (setting.key, setting.values[0])
        }
    }

    /// The capacity warning on standard error, and for the JSON.
    static func warnings(for scenario: Scenario, language: Language) -> [String] {
        guard let warning = scenario.capacityWarning else { return [] }
        let text = language == .ja ? warning.ja : warning.en
        FileHandle.standardError.write(Data(("madoguchi: " + text + "\n").utf8))
        return [warning.en]
    }
}
