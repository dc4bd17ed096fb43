import ArgumentParser
import Foundation
import MadoguchiClinic
import MadoguchiLab

/// Options shared by the commands that run many replications.
struct LabOptions: ParsableArguments {
    @Option(help: ArgumentHelp(help(
        en: "Worker threads (default: every core). The numbers never depend on it.",
        ja: "ワーカースレッド数(既定値: 全コア)。\n結果はスレッド数によらず同じです。")))
    var threads: Int?

    @Flag(help: ArgumentHelp(help(
        en: "No progress line on standard error (it is shown only on a terminal anyway).",
        ja: "標準エラー出力に進捗を表示しません\n(進捗はもともと端末にのみ表示します)。")))
    var quiet = false

    var threadCount: Int { threads ?? ProcessInfoCores.count }

    func validate(language: LanguageOption) throws {
        if let threads, threads < 1 || threads > 1024 {
            throw ValidationError(language.text(en: "--threads must be between 1 and 1024, got \(threads)",
                                                ja: "--threads は 1〜1024 で指定してください(指定値: \(threads))"))
        }
    }

    func progress(total: Int, language: Language) -> ProgressMeter {
        ProgressMeter(total: total, language: language, enabled: !quiet && ProgressMeter.standardErrorIsTerminal)
    }
}

/// Errors of recordings and sweeps: one line on standard error, and exit status 2 for a
/// file given that is not what it must be (bad input, as for scenario files), 1 when the
/// machine failed the program (a full disk, a file that cannot be written or read).
enum LabFailure {
    static func exit(_ error: Error, language: Language) -> ExitCode {
        let text: String
        var status: Int32 = 1
        switch error {
        case let error as RecordingError:
            text = error.message(in: language)
            if error.isBadInput { status = 2 }
        case let error as SweepError: text = error.message.text(language)
        default: text = String(describing: error)
        }
        FileHandle.standardError.write(Data(("madoguchi: " + text + "\n").utf8))
        return ExitCode(status)
    }

    static func note(_ text: String) {
        FileHandle.standardError.write(Data(("madoguchi: " + text + "\n").utf8))
    }
}
