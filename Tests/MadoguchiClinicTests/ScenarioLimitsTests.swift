import Foundation
import Testing
@testable import MadoguchiClinic

/// Each limit of docs/scenario-format.md, at and just past it: refused with the key, the
/// line and the limit, before anything is allocated for it.
@Suite struct ScenarioLimitsTests {
    typealias E = ScenarioErrorExpectations

    /// As large as the integer type allows: the old loader let these through to the model,
    /// which crashed making an array of that size.
    @Test func deskAndReaderCounts() throws {
        for (key, limit) in [("desks", ScenarioLimits.desks), ("readers", ScenarioLimits.readers)] {
            let scenario = try ScenarioLoader.parse(text: "[staff]\n\(key) = \(limit)\n[mix.path]\nlegacy_card = 1.0\n", origin: E.origin)
            #expect(key == "desks" ? scenario.desks == limit : scenario.readers == limit)
            for count in [limit + 1, Int.max] {
                E.expect("[staff]\n\(key) = \(count)\n", key: "staff.\(key)", line: 2, mentions: ["to \(limit)"]) {
                    if case .invalidNumber(_, .integerIn(_, limit)) = $0 { true } else { false }
                }
            }
        }
    }

    @Test func replications() {
        E.expect("[scenario]\nreplications = 1000001\n", key: "scenario.replications", line: 2, mentions: ["1000000"]) {
            $0 == .invalidNumber(1_000_001, .integerIn(1, ScenarioLimits.replications))
        }
    }

    @Test func arrivalWindowsAndOutages() {
        let windows = (0..<(ScenarioLimits.arrivalWindows + 1)).map { i in
            "[[arrivals]]\nfrom = \"\(ClockTime(seconds: 30_600 + Double(i) * 60).shortDescription)\"\n"
                + "to = \"\(ClockTime(seconds: 30_660 + Double(i) * 60).shortDescription)\"\nper_hour = 1\n"
        }.joined()
        E.expect("[scenario]\nclosing = \"30:00\"\n" + windows, key: "arrivals", line: 3, mentions: ["at most 1000"]) {
            $0 == .tooManyTables(count: 1001, limit: 1000)
        }
        let outages = String(repeating: "[[outages]]\nkind = \"network\"\nfrom = \"09:00\"\nto = \"09:01\"\n",
                             count: ScenarioLimits.outages + 1)
        E.expect(outages, key: "outages", line: 1) { $0 == .tooManyTables(count: 1001, limit: 1000) }
    }

    /// The three inputs of issue 10: the one that aborted toml++, a key of tens of
    /// thousands of parts, and thousands of unknown keys.
    @Test func theInputsThatBrokeTheOldReader() {
        E.expect("[[[\nx = \n", line: 1) { if case .config(.syntax) = $0 { true } else { false } }
        let parts = Array(repeating: "a", count: 40_000).joined(separator: ".")
        E.expect("\(parts) = 1\n", line: 1) { $0 == .config(.tooDeep(limit: ConfigLimits.standard.depth)) }
        let unknown = "[staff]\n" + (0..<3_000).map { "desk_\($0) = 1" }.joined(separator: "\n")
        E.expect(unknown, key: "staff.desk_0", line: 2) { if case .config(.unknownKey) = $0 { true } else { false } }
    }

    @Test func aFileOverTheSizeLimitIsNotRead() throws {
        let dir = try RepositoryFiles.temporaryDirectory("large")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("large.toml")
        try Data(repeating: 0x23, count: ConfigLimits.standard.fileBytes + 1).write(to: file)
        if let error = #expect(throws: ScenarioError.self, performing: { try ScenarioLoader.load(nameOrPath: file.path) }) {
            #expect(error.problem == .config(.tooLarge(bytes: ConfigLimits.standard.fileBytes + 1,
                                                       limit: ConfigLimits.standard.fileBytes)))
            E.checkMessages(error, origin: file.path, mentions: ["1048576"])
        }
    }
}
