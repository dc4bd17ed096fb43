import Foundation
import Testing

/// `--generate-completion-script`: the bash script loads without error and completes the
/// built-in names; the zsh and fish scripts carry the same names.
@Suite struct CompletionTests {
    /// What bash offers for the last word of `line` (an empty last word completes a new one).
    static func bashCompletes(_ line: [String], script: String) throws -> (offered: [String], errors: String) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("madoguchi-completion-\(UUID().uuidString).bash")
        try script.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let words = line.map { "'\($0)'" }.joined(separator: " ")
        let program = """
            source '\(file.path)' || exit 3
            COMP_WORDS=(\(words))
            COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
            COMP_LINE="${COMP_WORDS[*]}"
            COMP_POINT=${#COMP_LINE}
            _madoguchi madoguchi "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}" || exit 4
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["--norc", "--noprofile", "-c", program]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let offered = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "bash: \(errors)")
        return (offered.split(separator: "\n").map(String.init), errors)
    }

    @Test func bashCompletesScenarioLessonAndThemeNames() throws {
        let script = try Binary.run(["--generate-completion-script", "bash"], environment: ["LANG": "C"])
        #expect(script.status == 0)
        let cases: [([String], [String])] = [
            (["madoguchi", "run", "mon"], ["monday-rush"]),
            (["madoguchi", "compare", "default", "reader"], ["reader-outage"]),
            (["madoguchi", "sweep", "steady"], ["steady-state"]),
            (["madoguchi", "desk", "quiet"], ["quiet-weekday"]),
            (["madoguchi", "train", "wrong"], ["wrong-person"]),
            (["madoguchi", "desk", "--theme", "hi"], ["high-contrast"]),
            (["madoguchi", "scenarios", "--show", "national"], ["national-2025-10"]),
            (["madoguchi", "run", "--format", ""], ["table", "json", "csv"]),
        ]
        for (line, expected) in cases {
            let result = try Self.bashCompletes(line, script: script.stdout)
            #expect(result.offered == expected, "\(line): \(result.offered) \(result.errors)")
            #expect(result.errors.isEmpty, "\(line): \(result.errors)")
        }
    }

    @Test func zshAndFishCarryTheNames() throws {
        for shell in ["zsh", "fish"] {
            let script = try Binary.run(["--generate-completion-script", shell], environment: ["LANG": "C"])
            #expect(script.status == 0, "\(shell)")
            for name in ["monday-rush", "wrong-person", "high-contrast"] {
                #expect(script.stdout.contains(name), "\(shell) lacks \(name)")
            }
        }
    }
}
