import ArgumentParser
import Foundation
import MadoguchiClinic
import MadoguchiLab

/// Options shared by the commands that run many replications: `run`, `sweep`, `compare`.
struct LabOptions: ParsableArguments {
    @Option(help: ArgumentHelp(help(
        en: "Replications: independent simulated days (default: the scenario's for run, 30 per point for sweep, 100 for compare).",
        ja: "反復回数: 独立にシミュレーションする日数(既定値: run はシナリオで\n指定した回数、sweep は 1 点あたり 30、compare は 100)。")),
            transform: ReplicationCount.parse)
    var replications: ReplicationCount?

    @OptionGroup var seedOption: SeedOption

    @Option(help: ArgumentHelp(help(
        en: "Worker threads (default: every core). The numbers never depend on it.",
        ja: "ワーカースレッド数(既定値: 全コア)。\n結果はスレッド数によらず同じです。")),
            transform: ThreadCount.parse)
    var threads: ThreadCount?

    @OptionGroup var output: FormatOption

    @Flag(help: ArgumentHelp(help(
        en: "No progress line on standard error (it is shown only on a terminal anyway).",
        ja: "標準エラー出力に進捗を表示しません\n(進捗はもともと端末にのみ表示します)。")))
    var quiet = false

    var format: OutputFormat { output.format }

    var threadCount: Int { threads?.value ?? ProcessInfoCores.count }

    func seed(for scenario: Scenario) -> UInt64 { seedOption.value(for: scenario) }

    func progress(total: Int, language: Language) -> ProgressMeter {
        ProgressMeter(total: total, language: language, enabled: !quiet && ProgressMeter.standardErrorIsTerminal)
    }
}

/// Errors of recordings and sweeps: one line on standard error; exit status 2 when the input
/// was bad (a file that is not a recording, a missing one), 1 when the system failed us (a
/// full disk, a file that cannot be written).
enum LabFailure {
    static func exit(_ error: Error, language: Language) -> ExitCode {
        let text: String
        var status: Int32 = 2
        switch error {
        case let error as RecordingError:
            text = error.message(in: language)
            if !error.isBadInput { status = 1 }
        case let error as SweepError: text = error.message.text(language)
        default:
            text = String(describing: error)
            status = 1
        }
        FileHandle.standardError.write(Data(("madoguchi: " + text + "\n").utf8))
        return ExitCode(status)
    }

    static func note(_ text: String) {
        FileHandle.standardError.write(Data(("madoguchi: " + text + "\n").utf8))
    }
}
