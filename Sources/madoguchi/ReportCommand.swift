import ArgumentParser
import Foundation
import MadoguchiLab

struct ReportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "report",
            abstract: help(en: "Write recordings as one HTML page of charts.",
                           ja: "記録ファイルをグラフ入りの 1 つの HTML ページにします。"),
            discussion: help(en: """
                Reads one or more recordings (docs/recording.md), by default the file the desk and \
                training record their sessions in, and writes OUT, a single HTML file \
                that needs nothing else: no network, no other file, no script. Its charts are SVG \
                drawn by madoguchi, each with axis titles and units, a legend, a text description \
                and its numbers in a table.

                For every lab run: waits before the desk by credential (histogram and percentiles), \
                the queues over the day, card reader and desk utilization, faults and time to \
                recovery, and 95 % confidence intervals across replications. Several runs (a \
                sweep's points, or runs of set-ups to compare): each run's effect against the first, \
                with its interval, paired by replication when the runs share seed and replications. \
                Desk sessions: the same charts for the session's day. Training sessions: each \
                trainee's decisions against the autopilot, and progress across sessions and lessons.

                The files are only read. A file that is not a recording, a recording of a newer \
                schema or a damaged one ends the command with one message and exit status 2, before \
                OUT is written. OUT is replaced only if it is an earlier report. Details: docs/report.md.

                Examples:
                  madoguchi report monday.sqlite --html monday.html
                  madoguchi report sweep.sqlite --html sweep.html --lang ja
                  madoguchi report --html training.html
                """, ja: """
                1 つ以上の記録ファイル(docs/recording.md。既定値は窓口と研修のセッションの
                記録ファイル)を読み、OUT に HTML ファイルを 1 つ書きます。ネットワークも他のファイルもスクリプトも使わず、単独で開けます。
                グラフは madoguchi が描く SVG で、それぞれ軸の名前と単位、凡例、説明文、
                数値の表が付きます。

                ラボの実行ごとに: 保険証等の種類別の受付までの待ち時間(ヒストグラムと
                パーセンタイル)、待ち列の推移、カードリーダーと受付職員の稼働率、トラブルと
                復旧までの時間、反復間の95 %信頼区間。複数の実行(スイープの各点や比較する
                設定)があれば、最初の実行に対する各実行の効果と信頼区間(シードと反復が同じ
                なら反復ごとの差で求めます)。窓口セッション: そのセッションの 1 日の同じ
                グラフ。研修セッション: 研修生の判断と自動操作の比較、セッション・レッスンを
                通じた上達。

                記録ファイルは読むだけです。記録ファイルでないファイル、新しいスキーマの
                記録ファイル、壊れた記録ファイルは、OUT を書く前にメッセージを 1 行表示し、
                終了ステータス 2 で終わります。OUT は以前のレポートである場合に限り
                置き換えます。詳細: docs/report.md

                例:
                  madoguchi report monday.sqlite --html monday.html
                  madoguchi report sweep.sqlite --html sweep.html --lang ja
                  madoguchi report --html training.html
                """)
        )
    }

    @Argument(help: ArgumentHelp(help(
        en: "Recordings (SQLite files) to report on (default: the desk's and training's sessions.sqlite under $XDG_DATA_HOME/madoguchi, else ~/.local/share/madoguchi).",
        ja: "レポートにする記録ファイル(SQLite ファイル)\n(既定値: 窓口と研修の記録ファイル。$XDG_DATA_HOME/madoguchi、\nなければ ~/.local/share/madoguchi の sessions.sqlite)。"),
                                 valueName: "FILE"))
    var files: [String] = []

    @Option(help: ArgumentHelp(help(en: "The HTML file to write.", ja: "書き出す HTML ファイル。"), valueName: "OUT"))
    var html: String

    @OptionGroup var language: LanguageOption

    func run() throws {
        let input: ReportInput
        do {
            input = try ReportInput.read(files.isEmpty ? [SessionRecordOption.defaultPath(ProcessInfo.processInfo.environment)] : files)
        } catch {
            fail(error)
            throw ExitCode(2)
        }
        do {
            try ReportFile.write(HTMLReport.render(input, language: language.value, version: MadoguchiVersion.string), to: html)
        } catch {
            fail(error)
            throw ExitCode(error == .notAReport(path: html) ? 2 : 1)
        }
        print(html)
    }

    func fail(_ error: Error) {
        let text: String
        switch error {
        case let error as RecordingError: text = error.message(in: language.value)
        case let error as ReportError: text = error.message.text(language.value)
        default: text = String(describing: error)
        }
        FileHandle.standardError.write(Data(("madoguchi: " + text + "\n").utf8))
    }
}
