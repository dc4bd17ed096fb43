import ArgumentParser
import Foundation
import MadoguchiClinic
import MadoguchiLab

struct RunCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "run",
            abstract: help(en: "Run a scenario headless and print its statistics.",
                           ja: "シナリオを画面なしで実行し、統計を表示します。"),
            discussion: help(en: """
                Simulates the clinic day with the autopilot (the standard recovery for every fault) \
                and prints patients, waits before the desk (overall and per credential), time at \
                reception, reader and desk utilization, each fault with its recovery time and \
                outcomes, and the usage rate (the My Number card's share of online confirmations). With --replications R > 1, every figure comes \
                with a 95 % confidence interval across the replications, run on all cores; the \
                numbers do not depend on the number of cores.

                --format table|json|csv chooses the output (a table by default). The same seed gives \
                byte-identical JSON. JSON keys and CSV columns: docs/run-json.md.

                --record FILE keeps the run in a SQLite recording (docs/recording.md): the scenario, \
                seed and version, a summary per replication and every patient's record, each \
                replication committed as it completes. Ctrl-C stops after the replications under way \
                and marks the run interrupted (exit status 130). --shard i/n runs replications \
                i-1, i-1+n, ... only, for batch schedulers; `madoguchi merge` joins the shards' files.

                Examples:
                  madoguchi run monday-rush
                  madoguchi run Scenarios/reader-outage.toml --replications 100 --format json
                  madoguchi run --seed 7 --lang ja
                  madoguchi run reader-outage --set staff.readers=1
                  madoguchi run monday-rush --replications 1000 --record monday.sqlite
                  madoguchi run monday-rush --replications 1000 --shard 2/4 --record shard2.sqlite
                """, ja: """
                自動操作(どのトラブルにも標準の対応)で診療所の 1 日をシミュレーションし、
                患者数、受付までの待ち時間(全体と保険証等の種類別)、受付の所要時間、
                カードリーダーと受付職員の稼働率、トラブルごとの対応時間と結果、
                マイナ保険証の利用率を表示します。--replications R(R > 1)を指定すると、
                すべての値に反復間の 95 %信頼区間が付きます。反復は全コアで並列に
                実行しますが、結果はコア数によりません。

                --format table|json|csv で出力形式を選びます(既定値は表)。同じ乱数シード
                からは、バイト単位で同一の JSON が得られます。JSON のキーと CSV の列:
                docs/run-json.md

                --record FILE を指定すると、実行を SQLite の記録ファイル(docs/recording.md)
                に保存します。シナリオ、シード、バージョン、反復ごとの集計、全患者の記録を
                残し、各反復は完了するたびにコミットします。Ctrl-C を押すと、実行中の反復が
                終わったところで止まり、実行を中断として記録します(終了ステータス 130)。
                --shard i/n は反復 i−1, i−1+n, … だけを実行します(バッチスケジューラー向け)。
                各シャードの記録ファイルは `madoguchi merge` で結合します。

                例:
                  madoguchi run monday-rush
                  madoguchi run Scenarios/reader-outage.toml --replications 100 --format json
                  madoguchi run --seed 7 --lang ja
                  madoguchi run reader-outage --set staff.readers=1
                  madoguchi run monday-rush --replications 1000 --record monday.sqlite
                  madoguchi run monday-rush --replications 1000 --shard 2/4 --record shard2.sqlite
                """)
        )
    }

    @Argument(help: ArgumentHelp(help(
        en: "A built-in scenario name (see `madoguchi scenarios`) or a scenario file. Default: default.",
        ja: "組み込みシナリオ名(一覧は `madoguchi scenarios`)\nまたはシナリオファイル。既定値: default")),
              completion: Completions.scenarios)
    var scenario: String?

    @OptionGroup var settings: ScenarioSettingsOption

    @Option(help: ArgumentHelp(help(
        en: "Record the run in this SQLite file (created with mode 0600, or appended to).",
        ja: "実行をこの SQLite ファイルに記録します\n(新規作成時はモード 0600、既存のファイルには追記)。")))
    var record: String?

    @Option(help: ArgumentHelp(help(
        en: "Run only shard i of n (1 <= i <= n): replications i-1, i-1+n, i-1+2n, ...",
        ja: "n 分割したうち i 番目のシャード(1 ≤ i ≤ n)だけを\n実行します。対象の反復: i−1, i−1+n, i−1+2n, …"),
        valueName: "i/n"), transform: ShardArgument.parse)
    var shard: ShardArgument?

    @OptionGroup var lab: LabOptions

    @OptionGroup var language: LanguageOption

    func run() throws {
        let lang = language.value
        let scenario = try ScenarioArgument.load(scenario, language: lang, settings: settings.texts)
        let warnings = ScenarioArgument.warnings(for: scenario, language: lang)
        let seed = lab.seed(for: scenario)
        let count = lab.replications?.value ?? scenario.replications
        let info = RunInfo(scenario: scenario, overrides: settings.texts, programVersion: MadoguchiVersion.string, seed: seed, replications: count,
                           shard: shard?.shard, threads: lab.threadCount)
        let interrupts = InterruptHandler()
        let result: LabRun.Result
        do {
            let recorder = try record.map { try RunRecorder.begin(info, in: Recording.openForWriting($0)) }
            result = try LabRun.run(scenario, info: info, recorder: recorder, stop: interrupts.stop,
                                    progress: lab.progress(total: info.ownReplications.count, language: lang))
        } catch {
            throw LabFailure.exit(error, language: lang)
        }
        if result.interrupted {
            let done = result.replications.count, total = info.ownReplications.count
            LabFailure.note(record.map { file in
                language.text(en: "interrupted after \(done) of \(total) replications; \(file) holds them and marks the run interrupted",
                              ja: "\(total) 回中 \(done) 回の反復で中断しました。\(file) に保存し、実行を中断として記録しました")
            } ?? language.text(en: "interrupted after \(done) of \(total) replications",
                               ja: "\(total) 回中 \(done) 回の反復で中断しました"))
            throw ExitCode(interrupts.exitCode)
        }
        guard !result.statistics.isEmpty else { return }
        let summary = RunSummary(scenario: scenario, seed: seed, version: MadoguchiVersion.string,
                                 replications: result.statistics, warnings: warnings)
        switch lab.format {
        case .table: print(RunReport(summary, language: lang).text)
        case .json: try JSONOutput.print(summary)
        case .csv: print(RunCSV.text(summary), terminator: "")
        }
    }
}
