import Foundation
import Testing

@Suite struct RunCommandTests {
    @Test func sameSeedGivesByteIdenticalJSONAndAnotherSeedDiffers() throws {
        let a = try Binary.run(["run", "monday-rush", "--seed", "5", "--replications", "3", "--format", "json"])
        let b = try Binary.run(["run", "monday-rush", "--seed", "5", "--replications", "3", "--format", "json"])
        let c = try Binary.run(["run", "monday-rush", "--seed", "6", "--replications", "3", "--format", "json"])
        #expect(a.status == 0, "\(a.stderr)")
        #expect(a.stdout == b.stdout)
        #expect(a.stdout != c.stdout)
        let object = try JSONSerialization.jsonObject(with: Data(a.stdout.utf8)) as? [String: Any]
        for key in ["schema", "patients", "wait_before_desk_seconds", "wait_by_path", "time_at_reception_seconds",
                    "utilization", "faults", "outcomes", "usage_rate", "replications", "seed"] {
            #expect(object?[key] != nil, "missing key \(key)")
        }
    }

    @Test func everyBuiltinScenarioRuns() throws {
        let list = try Binary.run(["scenarios"])
        #expect(list.status == 0)
        let names = list.stdout.split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) }
        #expect(names.contains("default"))
        for name in names where name != "steady-state" {
            let result = try Binary.run(["run", name, "--lang", "en"])
            #expect(result.status == 0, "\(name): \(result.stderr)")
            #expect(result.stdout.contains("Wait before the desk"), "\(name)")
        }
    }

    @Test func tableIsAvailableInBothLanguages() throws {
        let ja = try Binary.run(["run", "quiet-weekday", "--lang", "ja"])
        let en = try Binary.run(["run", "quiet-weekday", "--lang", "en"])
        #expect(ja.stdout.contains("受付までの待ち時間"))
        #expect(en.stdout.contains("Wait before the desk"))
    }

    @Test func aBrokenScenarioEndsWithOneMessageAndStatusTwo() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("madoguchi-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("bad.toml")
        try "[staff]\ndesks = \"many\"\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try Binary.run(["run", file.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("bad.toml"))
        #expect(result.stderr.contains("desks"))
        #expect(result.stderr.split(separator: "\n").count == 1)
        let missing = try Binary.run(["run", dir.appendingPathComponent("nope.toml").path])
        #expect(missing.status == 2)
        let directory = try Binary.run(["run", dir.path + "/"])
        #expect(directory.status == 2)
    }

    @Test func farOverCapacityTerminatesWithAWarning() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("madoguchi-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("crowd.toml")
        try """
            [staff]
            desks = 1
            [[arrivals]]
            from = "08:30"
            to = "10:30"
            per_hour = 500
            """.write(to: file, atomically: true, encoding: .utf8)
        let result = try Binary.run(["run", file.path, "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("warning"))
    }

    @Test func versionAndHelp() throws {
        let version = try Binary.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.wholeMatch(of: /[0-9]+\.[0-9]+\.[0-9]+\n/) != nil, "\(version.stdout)")
        // The same version goes with every result: the JSON's `version`, the table's first line.
        let json = try Binary.run(["run", "quiet-weekday", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["version"] as? String == version.stdout.dropLast().description)
        let table = try Binary.run(["run", "quiet-weekday", "--lang", "en"])
        #expect(table.stdout.hasPrefix("Madoguchi \(version.stdout.dropLast()) — "))
        for command in ["run", "scenarios"] {
            let help = try Binary.run([command, "--help"])
            #expect(help.status == 0)
            #expect(help.stdout.contains("USAGE"))
        }
    }
}
