import MadoguchiClinic

/// The scenario a recording kept as text, loaded again for what the tables do not hold
/// (opening time, warm-up, desks and readers, the Japanese title, the clinic's name). Nil
/// when the text no longer loads, for instance a scenario written for another version.
enum RecordedScenario {
    static func load(text: String, origin: String, overrides: String) -> Scenario? {
        let pairs = overrides.split(separator: "\n").compactMap { line -> (key: String, value: String)? in
            let parts = line.split(separator: "=", maxSplits: 1)
            return parts.count == 2 ? (String(parts[0]), String(parts[1])) : nil
        }
        let all = pairs.isEmpty ? ScenarioLoader.recordedOverrides(text) : pairs
        if let scenario = try? ScenarioLoader.parse(text: text, origin: origin, overrides: all) { return scenario }
        return try? ScenarioLoader.parse(text: text, origin: origin, withTable: "lesson", overrides: all).0
    }
}
