import Foundation
import Testing

/// `--set KEY=VALUE` wherever one scenario is taken (`run`, `desk`, `train`), with the
/// messages `compare` gives for its `--set-a`.
@Suite struct ScenarioSettingsTests {
    func json(_ result: Binary.Result) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func runTakesRepeatedSettings() throws {
        let plain = try Binary.run(["run", "reader-outage", "--format", "json"])
        let set = try Binary.run(["run", "reader-outage", "--set", "staff.readers=1", "--set", "staff.desks=3", "--format", "json"])
        #expect(plain.status == 0 && set.status == 0, "\(set.stderr)")
        let before = try #require(try json(plain)["scenario"] as? [String: Any])
        let after = try #require(try json(set)["scenario"] as? [String: Any])
        #expect(before["readers"] as? Int == 2 && before["desks"] as? Int == 2, "\(before)")
        #expect(after["readers"] as? Int == 1 && after["desks"] as? Int == 3, "\(after)")
    }

    @Test func oneShareOfAMixRescalesTheOthers() throws {
        let result = try Binary.run(["run", "default", "--set", "mix.path.myna_card=0.9", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let byPath = try #require(try json(result)["wait_by_path"] as? [String: [String: Any]])
        let patients = byPath.mapValues { (($0["patients"] as? [String: Any])?["mean"] as? Double) ?? -1 }
        let card = try #require(patients["myna_card"]), all = patients.values.reduce(0, +)
        #expect(card / all > 0.8, "\(patients)")
    }

    /// The same text gives the same message on every command that takes a scenario.
    @Test(arguments: [["staff.deskz=3"], ["staff.desks"], ["staff.desks=\"many\""]])
    func badSettingsGetCompareMessageAndStatusTwo(_ setting: [String]) throws {
        let compare = try Binary.run(["compare", "default", "default", "--set-a", setting[0], "--lang", "en"])
        #expect(compare.status == 2)
        #expect(compare.stderr.split(separator: "\n").count == 1, "\(compare.stderr)")
        #expect(compare.stderr.hasPrefix("madoguchi: "))
        for command in [["run", "default"], ["desk", "default"], ["train", "default"]] {
            let result = try Binary.run(command + ["--set", setting[0], "--lang", "en"])
            #expect(result.status == 2, "\(command)")
            #expect(result.stderr == compare.stderr, "\(command): \(result.stderr)")
        }
    }

    @Test func aMistypedKeyIsNamedWithASuggestion() throws {
        let result = try Binary.run(["run", "--set", "staff.deskz=3", "--lang", "en"])
        #expect(result.stderr.contains("staff.deskz"), "\(result.stderr)")
        #expect(result.stderr.contains("did you mean desks?"), "\(result.stderr)")
        let ja = try Binary.run(["run", "--set", "staff.desks", "--lang", "ja"])
        #expect(ja.stderr == "madoguchi: 'staff.desks' は KEY=VALUE の形で指定してください(例: staff.desks=3)\n")
    }

    /// A lesson's scenario takes the settings too: a bad value for one of its keys is
    /// refused with the lesson's origin, a good one is not.
    @Test func trainAppliesSettingsToTheLesson() throws {
        let bad = try Binary.run(["train", "network-outage", "--set", "staff.readers=0", "--lang", "en"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("network-outage") && bad.stderr.contains("staff.readers"), "\(bad.stderr)")
    }
}
