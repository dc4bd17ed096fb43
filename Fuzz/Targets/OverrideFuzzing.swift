import MadoguchiClinic

/// A `--set KEY=VALUE` over the default scenario: the input's first line is the key, the
/// rest the value (so a value may hold `=` and line breaks, as a shell argument can).
enum OverrideFuzzing {
    static func run(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        let parts = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        let key = String(parts[0]), value = parts.count > 1 ? String(parts[1]) : ""
        do {
            let scenario = try ScenarioLoader.load(nameOrPath: "default", overrides: [(key, value)])
            check(scenario.desks <= ScenarioLimits.desks && scenario.readers <= ScenarioLimits.readers, "staff")
        } catch {
            checkNames("Scenarios/default.toml", en: error.message(in: .en), ja: error.message(in: .ja))
        }
    }
}
