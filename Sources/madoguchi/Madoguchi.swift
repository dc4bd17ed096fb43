import ArgumentParser
import Foundation
import MadoguchiClinic

@main
struct Madoguchi: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "madoguchi",
            abstract: help(
                en: "Madoguchi, \"the reception window\": a reception desk of a Japanese clinic in the My Number insurance card transition.",
                ja: "窓口(Madoguchi): マイナ保険証移行期の診療所受付シミュレーター。"),
            discussion: help(en: """
                Trainers drill the desk, presenters show what a broken card reader does to a morning, \
                researchers run wait-time experiments. Patients are synthetic; no personal data is modelled.

                Built-in scenarios: `madoguchi scenarios`. Scenario format: docs/scenario-format.md.

                EXIT STATUS
                  0    done (a scenario far over capacity only warns)
                  1    the system failed: a file could not be written, a full disk, no usable terminal
                  2    bad input: the command line, a scenario, lesson, theme, recording or data file
                  130  interrupted by Ctrl-C (143 by SIGTERM, 129 by SIGHUP); what was recorded is kept
                """, ja: """
                研修担当者は受付業務の練習に、発表者はカードリーダーの故障が朝の受付に
                及ぼす影響の実演に、研究者は待ち時間の実験に使えます。患者はすべて架空で、
                個人情報は扱いません。

                組み込みシナリオの一覧: `madoguchi scenarios`
                シナリオの書式: docs/scenario-format.md

                終了ステータス
                  0    完了(処理能力を大きく超えるシナリオは警告のみ)
                  1    システムの失敗: ファイルに書き込めない、ディスクがいっぱい、使える端末がない
                  2    入力の誤り: コマンドライン、シナリオ、レッスン、テーマ、記録ファイル、データファイル
                  130  Ctrl-C による中断(SIGTERM は 143、SIGHUP は 129)。記録済みの内容は残ります
                """),
            version: MadoguchiVersion.string,
            subcommands: [DeskCommand.self, TrainCommand.self, LessonsCommand.self, SessionsCommand.self, ReplayCommand.self,
                          RunCommand.self, ScenariosCommand.self, CompareCommand.self, SweepCommand.self, ExportCommand.self,
                          MergeCommand.self, ReportCommand.self, FitCommand.self],
            defaultSubcommand: DeskCommand.self
        )
    }

    /// As ArgumentParser's own `main`, except that a bad command line ends like every other
    /// bad input: one line on standard error and exit status 2 (ArgumentParser uses 64).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            CommandLineError.report(message(for: error))
            Foundation.exit(2)
        }
    }
}
