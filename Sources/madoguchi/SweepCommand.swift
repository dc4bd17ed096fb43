import ArgumentParser
import Foundation
import MadoguchiClinic
import MadoguchiLab

struct SweepCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "sweep",
            abstract: help(en: "Run a scenario over a grid of parameter values.",
                           ja: "パラメータ値の組み合わせごとにシナリオを実行します。"),
            discussion: help(en: """
                Each --set KEY=V1,V2,... names a scenario key (as in the scenario file, dotted) and \
                the values to try; several --set make a grid of every combination. Setting one share \
                of a mix (mix.path.myna_card, the card share) rescales the mix's other shares in \
                proportion so that they still sum to 1. Every point runs \
                the same replications on the same random numbers, and the table gives each metric's \
                mean +/- the half-width of its 95 % confidence interval. --format csv prints one row per \
                point with mean, ci95_low and ci95_high of every metric, --format json the same as \
                JSON (docs/run-json.md); --record FILE keeps each point as a run of a recording.

                Examples:
                  madoguchi sweep monday-rush --set staff.desks=2,3,4
                  madoguchi sweep default --set staff.readers=1,2 --set faults.reader_error=0.01,0.05,0.1 --format csv > sweep.csv
                  madoguchi sweep monday-rush --set mix.path.myna_card=0.2,0.4,0.6 --replications 200
                """, ja: """
                --set KEY=V1,V2,… には、シナリオのキー(シナリオファイルと同じドット区切り)
                と試す値を指定します。--set を複数指定すると、値のすべての組み合わせを
                実行します。構成比の 1 項目(マイナ保険証の割合 mix.path.myna_card など)を
                設定すると、合計が 1 のままになるよう、ほかの項目を比例配分で調整します。
                どの点も同じ乱数で同じ回数の反復を実行し、表には指標ごとに平均 ± 95 %
                信頼区間の半幅を示します。--format csv は 1 点を 1 行とし、全指標の mean,
                ci95_low, ci95_high を出力します。--format json は同じ内容を JSON で出力します
                (docs/run-json.md)。--record FILE は各点を記録ファイルの 1 つの実行として
                保存します。

                例:
                  madoguchi sweep monday-rush --set staff.desks=2,3,4
                  madoguchi sweep default --set staff.readers=1,2 --set faults.reader_error=0.01,0.05,0.1 --format csv > sweep.csv
                  madoguchi sweep monday-rush --set mix.path.myna_card=0.2,0.4,0.6 --replications 200
                """)
        )
    }

    @Argument(help: ArgumentHelp(help(en: "A built-in scenario name or a scenario file.",
                                      ja: "組み込みシナリオ名またはシナリオファイル。")),
              completion: Completions.scenarios)
    var scenario: String

    @Option(name: .customLong("set"), help: ArgumentHelp(help(
        en: "KEY=V1,V2,... to sweep (repeatable; several make a grid).",
        ja: "変化させるキーと値: KEY=V1,V2,…(複数指定可。\n複数指定すると値のすべての組み合わせを実行)。"), valueName: "KEY=V1,V2,..."))
    var settings: [String] = []

    @Option(help: ArgumentHelp(help(en: "Record every point as a run in this SQLite file.",
                                    ja: "各点を 1 つの実行としてこの SQLite ファイルに\n記録します。")))
    var record: String?

    @OptionGroup var lab: LabOptions

    @OptionGroup var language: LanguageOption

    /// Replications per point.
    var replications: Int { lab.replications?.value ?? 30 }

    func validate() throws {
        if settings.isEmpty {
            throw ValidationError(language.text(en: "give at least one --set KEY=V1,V2,…, e.g. --set staff.desks=2,3,4",
                                                ja: "--set KEY=V1,V2,… を 1 つ以上指定してください(例: --set staff.desks=2,3,4)"))
        }
    }

    func run() throws {
        let lang = language.value
        let parsed: [SweepSetting]
        do { parsed = try settings.map(SweepSetting.init(parsing:)) } catch {
            FileHandle.standardError.write(Data(("madoguchi: " + (error as! SweepError).message.text(lang) + "\n").utf8))
            throw ExitCode(2)
        }
        let grid = SweepSetting.grid(parsed)
        // Load every point first: a bad key or value is reported before anything runs.
        let base = try ScenarioArgument.load(scenario, language: lang)
        let scenarios = try grid.map {
            try ScenarioArgument.load(scenario, language: lang, overrides: $0)
        }
        let seed = lab.seed(for: base)
        let interrupts = InterruptHandler()
        let progress = lab.progress(total: grid.count * replications, language: lang)
        var points: [SweepPoint] = []
        do {
            let recording = try record.map(Recording.openForWriting)
            for (settings, pointScenario) in zip(grid, scenarios) {
                let info = RunInfo(scenario: pointScenario, overrides: settings.map { "\($0.key)=\($0.value)" },
                                   programVersion: MadoguchiVersion.string, seed: seed, replications: replications,
                                   threads: lab.threadCount)
                let recorder = try recording.map { try RunRecorder.begin(info, in: $0) }
                let result = try LabRun.run(pointScenario, info: info, recorder: recorder, stop: interrupts.stop, progress: progress)
                if result.interrupted {
                    progress.finish()
                    LabFailure.note(language.text(en: "interrupted at point \(points.count + 1) of \(grid.count)",
                                                  ja: "全 \(grid.count) 点中 \(points.count + 1) 点目で中断しました"))
                    throw ExitCode(interrupts.exitCode)
                }
                points.append(SweepPoint(settings: settings, statistics: result.statistics))
            }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw LabFailure.exit(error, language: lang)
        }
        let report = SweepReport(scenario: base, seed: seed, replications: replications, points: points)
        switch lab.format {
        case .table: print(report.text(language: lang, version: MadoguchiVersion.string))
        case .json: try JSONOutput.print(SweepJSON(report, version: MadoguchiVersion.string))
        case .csv: print(report.csv, terminator: "")
        }
    }
}
