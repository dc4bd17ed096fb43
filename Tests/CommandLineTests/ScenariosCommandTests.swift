import Foundation
import MadoguchiClinic
import Testing

/// `madoguchi scenarios --show NAME`: the built-in's file, byte for byte, and a good start
/// for a scenario of one's own: saved and run, it gives the built-in's numbers.
@Suite struct ScenariosCommandTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Each built-in as shown is its file, byte for byte; saved to a file of one's own and
    /// loaded from there, it gives the very patients of the built-in.
    @Test func showPrintsTheBuiltinFileWhichRunsAsTheBuiltin() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("madoguchi-show-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let names = try Binary.run(["scenarios"]).stdout.split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) }
        #expect(names.count == 10)
        for name in names {
            let shown = try Binary.run(["scenarios", "--show", name])
            #expect(shown.status == 0 && shown.stderr.isEmpty, "\(name): \(shown.stderr)")
            let file = try String(contentsOf: Self.repository.appendingPathComponent("Scenarios/\(name).toml"), encoding: .utf8)
            #expect(shown.stdout == file, "\(name)")
            // steady-state's 200 hours are too long to simulate here twice.
            guard name != "steady-state" else { continue }
            let copy = dir.appendingPathComponent("\(name).toml")
            try shown.stdout.write(to: copy, atomically: true, encoding: .utf8)
            let saved = try ScenarioLoader.load(nameOrPath: copy.path), builtin = try ScenarioLoader.load(nameOrPath: name)
            #expect(saved.text == builtin.text, "\(name)")
            let (savedStatistics, savedPatients) = ClinicRun.recorded(saved, seed: 3, replication: 0)
            let (builtinStatistics, builtinPatients) = ClinicRun.recorded(builtin, seed: 3, replication: 0)
            #expect(savedPatients.count > 20 && savedPatients == builtinPatients, "\(name): \(savedPatients.count) patients")
            #expect(savedStatistics.staffUtilization == builtinStatistics.staffUtilization, "\(name)")
        }
    }

    /// Bad input: one line naming what is accepted, status 2, in either language.
    @Test func anUnknownNameIsRefusedWithTheAcceptedOnes() throws {
        let en = try Binary.run(["scenarios", "--show", "monday", "--lang", "en"])
        #expect(en.status == 2)
        #expect(en.stdout.isEmpty)
        #expect(en.stderr.contains("'monday'") && en.stderr.contains("monday-rush, national-2025-10"), "\(en.stderr)")
        #expect(en.stderr.split(separator: "\n").count == 1, "\(en.stderr)")
        let ja = try Binary.run(["scenarios", "--show", "monday", "--lang", "ja"])
        #expect(ja.status == 2)
        #expect(ja.stderr.contains("組み込みシナリオ 'monday' はありません"), "\(ja.stderr)")
    }
}
