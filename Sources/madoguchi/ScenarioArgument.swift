import ArgumentParser
import Foundation
import MadoguchiClinic

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

    /// The capacity warning on standard error, and for the JSON.
    static func warnings(for scenario: Scenario, language: Language) -> [String] {
        guard let warning = scenario.capacityWarning else { return [] }
        let text = language == .ja ? warning.ja : warning.en
        FileHandle.standardError.write(Data(("madoguchi: " + text + "\n").utf8))
        return [warning.en]
    }
}
