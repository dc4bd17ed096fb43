import Foundation
import Testing

/// `sessions` and `replay` from the command line: listing, filters, and the errors that
/// need no terminal.
@Suite struct SessionsCommandTests {
    static func directory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("madoguchi-sessions-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func aFileThatIsNotARecordingIsRefusedAndLeftAsItWas() throws {
        let path = try Self.directory().appendingPathComponent("notes.sqlite").path
        try "not a database".write(toFile: path, atomically: true, encoding: .utf8)
        for arguments in [["sessions", path], ["replay", path]] {
            let result = try Binary.run(arguments + ["--lang", "en"])
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.contains("\(path) is not a Madoguchi recording; it was left untouched"), "\(result.stderr)")
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "not a database")
    }

    @Test func aRecordingWithoutSessionsListsNoneAndCannotBeReplayed() throws {
        let path = try Self.directory().appendingPathComponent("lab.sqlite").path
        #expect(try Binary.run(["run", "quiet-weekday", "--record", path]).status == 0)
        let list = try Binary.run(["sessions", path, "--lang", "en"])
        #expect(list.status == 0)
        #expect(list.stdout == "No sessions in \(path)\n")
        #expect(try Binary.run(["sessions", path, "--format", "json"]).stdout == "[\n\n]\n")
        let replay = try Binary.run(["replay", path, "--lang", "en"])
        #expect(replay.status == 2)
        #expect(replay.stderr == "madoguchi: \(path) holds no session\n")
        let numbered = try Binary.run(["replay", path, "--session", "4", "--lang", "en"])
        #expect(numbered.status == 2)
        #expect(numbered.stderr.contains("has no session 4"))
    }

    /// Without a file, `report` reads the sessions file in the data directory.
    @Test func reportDefaultsToTheSessionsFile() throws {
        let data = try Self.directory()
        let file = data.appendingPathComponent("madoguchi/sessions.sqlite").path
        var environment = ["XDG_DATA_HOME": data.path, "LANG": "C.UTF-8"]
        environment["PATH"] = ProcessInfo.processInfo.environment["PATH"]
        let missing = try Binary.run(["report", "--html", data.appendingPathComponent("r.html").path], environment: environment)
        #expect(missing.status == 2)
        #expect(missing.stderr == "madoguchi: no recording at \(file)\n")
        try FileManager.default.createDirectory(atPath: data.appendingPathComponent("madoguchi").path, withIntermediateDirectories: true)
        #expect(try Binary.run(["run", "quiet-weekday", "--record", file]).status == 0)
        let report = try Binary.run(["report", "--html", data.appendingPathComponent("r.html").path], environment: environment)
        #expect(report.status == 0, "\(report.stderr)")
        #expect(try String(contentsOfFile: data.appendingPathComponent("r.html").path, encoding: .utf8).contains("Run 1 of \(file)"))
    }

    @Test func aMissingRecordingIsNamed() throws {
        let path = try Self.directory().appendingPathComponent("none.sqlite").path
        let result = try Binary.run(["sessions", path, "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.stderr == "madoguchi: no recording at \(path)\n")
    }

    @Test func recordAndNoRecordExcludeEachOther() throws {
        let result = try Binary.run(["desk", "--record", "x.sqlite", "--no-record", "--lang", "en"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--record and --no-record exclude each other"))
    }
}
