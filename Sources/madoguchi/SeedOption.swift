import ArgumentParser
import MadoguchiClinic

/// `--seed N`, shared by every command that simulates; the scenario's own seed otherwise.
struct SeedOption: ParsableArguments {
    @Option(help: ArgumentHelp(help(en: "Seed of the random streams (default: the scenario's seed).",
                                    ja: "乱数シード(既定値: シナリオで指定した値)。")))
    var seed: UInt64?

    func value(for scenario: Scenario) -> UInt64 { seed ?? scenario.seed }
}
