import ArgumentParser
import MadoguchiClinic

/// `--seed N`, shared by every command that simulates; the scenario's own seed otherwise.
struct SeedOption: ParsableArguments {
    /// Unconditional, so that `--seed -1` is read (and refused) as a seed, not as an option.
    @Option(parsing: .unconditional,
            help: ArgumentHelp(help(en: "Seed of the random streams (default: the scenario's seed).",
                                    ja: "乱数シード(既定値: シナリオで指定した値)。")),
            transform: Seed.parse)
    var seed: Seed?

    func value(for scenario: Scenario) -> UInt64 { seed?.value ?? scenario.seed }
}

/// A seed: any whole number a scenario's `seed` may hold, 0 to 2^64 − 1.
struct Seed: CheckedArgument {
    let value: UInt64

    static func parse(_ text: String) throws(ArgumentValueError) -> Self {
        guard let value = UInt64(text) else {
            throw ArgumentValueError(en: "give a whole number from 0 to \(UInt64.max)",
                                     ja: "シードは 0〜\(UInt64.max) の整数で指定してください")
        }
        return Self(value: value)
    }
}
