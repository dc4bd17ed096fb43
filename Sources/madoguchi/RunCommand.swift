import ArgumentParser
import Foundation
import MadoguchiClinic
import MadoguchiLab

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a scenario headless and print its statistics. / シナリオを画面なしで実行し統計を表示。",
        discussion: """
            Simulates the clinic day with the autopilot (the standard recovery for every fault) \
            and prints patients, waits before the desk (overall and per credential), time at \
            reception, reader and desk utilization, each fault with its recovery time and \
            outcomes, and the usage rate (利用率). With --replications R > 1, every figure comes \
            with a 95 % confidence interval across the replications, run on all cores; the \
            numbers do not depend on the number of cores.

            The same seed gives byte-identical JSON. JSON keys: docs/run-json.md.

            Examples:
              madoguchi run monday-rush
              madoguchi run Scenarios/reader-outage.toml --replications 100 --json
              madoguchi run --seed 7 --lang ja
            """
    )

    @Argument(help: "A built-in scenario name (see `madoguchi scenarios`) or a scenario file. Default: default.")
    var scenario: String?

    @Option(help: "Seed of the random streams (default: the scenario's seed).")
    var seed: UInt64?

    @Option(help: "Number of independent replications (default: the scenario's).")
    var replications: Int?

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    @OptionGroup var language: LanguageOption

    func validate() throws {
        if let replications, replications < 1 || replications > 1_000_000 {
            throw ValidationError(language.text(en: "--replications must be between 1 and 1000000, got \(replications)",
                                                ja: "--replications は 1〜1000000 で指定してください(指定値: \(replications))"))
        }
    }

    func run() throws {
        let lang = language.value
        let scenario = try ScenarioArgument.load(scenario, language: lang)
        let warnings = ScenarioArgument.warnings(for: scenario, language: lang)
        let seed = seed ?? scenario.seed
        let count = replications ?? scenario.replications
        let stats = Replicator.run(scenario, seed: seed, replications: 0..<count)
        let summary = RunSummary(scenario: scenario, seed: seed, version: MadoguchiVersion.string,
                                 replications: stats, warnings: warnings)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(summary), as: UTF8.self))
        } else {
            print(RunReport(summary, language: lang).text)
        }
    }
}
