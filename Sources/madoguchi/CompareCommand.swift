import ArgumentParser
import Foundation
import MadoguchiClinic
import MadoguchiLab

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two set-ups on the same patients and faults. / 2 つの設定を同じ患者で比較。",
        discussion: """
            Runs scenarios A and B with the same seed: replication r of both sees the same \
            patients, arrivals and faults (common random numbers), so each replication gives a \
            paired difference B − A. Prints both means, the difference with its 95 % confidence \
            interval for the mean and 90th-percentile wait, the time at reception, the faults \
            recovered and the usage rate, and one sentence per metric. The last columns show the \
            interval's half-width and the one B on other random numbers would give.

            Examples:
              madoguchi compare monday-rush monday-rush --set-b staff.desks=3
              madoguchi compare Scenarios/a.toml Scenarios/b.toml --replications 500 --lang ja
            """
    )

    @Argument(help: "Scenario A: a built-in name or a scenario file.")
    var a: String

    @Argument(help: "Scenario B: a built-in name or a scenario file.")
    var b: String

    @Option(name: .customLong("set-a"), help: "Override a key of A: KEY=VALUE (repeatable), e.g. staff.desks=3.")
    var setA: [String] = []

    @Option(name: .customLong("set-b"), help: "Override a key of B: KEY=VALUE (repeatable), e.g. staff.readers=3.")
    var setB: [String] = []

    @Option(help: "Seed of the random streams (default: A's seed).")
    var seed: UInt64?

    @Option(help: "Replications of each scenario (default: 100).")
    var replications = 100

    @OptionGroup var lab: LabOptions

    @OptionGroup var language: LanguageOption

    func validate() throws {
        try lab.validate(language: language)
        if replications < 2 || replications > 1_000_000 {
            throw ValidationError(language.text(en: "--replications must be between 2 and 1000000, got \(replications)",
                                                ja: "--replications は 2〜1000000 で指定してください(指定値: \(replications))"))
        }
    }

    func run() throws {
        let lang = language.value
        let overridesA = try SweepCommand.overrides(setA, language: lang)
        let overridesB = try SweepCommand.overrides(setB, language: lang)
        let scenarioA = try ScenarioArgument.load(a, language: lang, overrides: MixRebalance.expand(
            overridesA, base: ScenarioArgument.load(a, language: lang)))
        let scenarioB = try ScenarioArgument.load(b, language: lang, overrides: MixRebalance.expand(
            overridesB, base: ScenarioArgument.load(b, language: lang)))
        let interrupts = InterruptHandler()
        guard let comparison = Comparison.run(scenarioA, scenarioB, seed: seed ?? scenarioA.seed, replications: replications,
                                              threads: lab.threadCount, stop: interrupts.stop,
                                              progress: lab.progress(total: replications, language: lang)) else {
            LabFailure.note(language.text(en: "interrupted", ja: "中断しました"))
            throw ExitCode(interrupts.exitCode)
        }
        print(ComparisonReport(comparison, language: lang, version: MadoguchiVersion.string).text)
    }
}
