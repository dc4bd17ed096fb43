import ArgumentParser
import Foundation
import MadoguchiLab

struct FitCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "fit",
            abstract: help(en: "Fit exponential, gamma and lognormal distributions to observed durations.",
                           ja: "観測した所要時間に指数分布・ガンマ分布・対数正規分布を当てはめます。"),
            discussion: help(en: """
                Reads the column NAME of a CSV file (comma-separated, UTF-8, a header row first; \
                one duration in seconds per row, empty fields skipped), for instance a clinic's \
                stopwatch study or durations worked out from a recording's CSV export. Fits the \
                exponential, gamma and lognormal families by maximum likelihood, prints each \
                family's parameters with 95 % confidence intervals, its AIC (lower is better) and \
                its Kolmogorov-Smirnov distance (the largest gap between the observed and the \
                fitted distribution function), and the best family's line to paste into a scenario \
                wherever a distribution is expected (docs/scenario-format.md, "Distributions").

                A file that cannot be read as CSV, a missing column, a value that is not a \
                positive number, or fewer than two different values: one message naming the file, \
                line and column, and exit status 2. Details: docs/fit.md.

                Examples:
                  madoguchi fit stopwatch.csv --column desk_seconds
                  madoguchi fit stopwatch.csv --column reader_seconds --lang ja
                """, ja: """
                CSV ファイル(カンマ区切り、UTF-8、1 行目がヘッダー行)の列 NAME を読みます。
                1 行に 1 件、秒単位の所要時間を書きます(空欄は読み飛ばします)。診療所での
                ストップウォッチ計測や、記録ファイルの CSV 出力から求めた所要時間などです。
                指数分布・ガンマ分布・対数正規分布を最尤法で当てはめ、分布ごとに 95 %信頼区間
                付きのパラメータ、AIC(小さいほどよい)、コルモゴロフ–スミルノフ距離(観測値と
                当てはめた分布の累積分布関数の最大の差)を表示し、最良の分布をシナリオに
                貼り付ける行を表示します(docs/scenario-format.md の「Distributions」)。

                CSV として読めないファイル、存在しない列、正の数でない値、異なる値が 2 件
                未満の場合は、ファイル・行・列を示すメッセージを 1 行表示し、終了ステータス 2
                で終わります。詳細: docs/fit.md

                例:
                  madoguchi fit stopwatch.csv --column desk_seconds
                  madoguchi fit stopwatch.csv --column reader_seconds --lang ja
                """)
        )
    }

    @Argument(help: ArgumentHelp(help(en: "The CSV file of observed durations.", ja: "観測した所要時間の CSV ファイル。"),
                                 valueName: "DATA.csv"))
    var file: String

    @Option(help: ArgumentHelp(help(en: "The header name of the column of durations in seconds.",
                                    ja: "秒単位の所要時間の列のヘッダー名。"), valueName: "NAME"))
    var column: String

    @OptionGroup var output: FormatOption

    @OptionGroup var language: LanguageOption

    func run() throws {
        let data: DurationColumn
        do {
            data = try DurationColumn.read(path: file, column: column)
        } catch {
            FileHandle.standardError.write(Data(("madoguchi: " + error.message.text(language.value) + "\n").utf8))
            throw ExitCode(2)
        }
        let report = FitReport(data, language: language.value)
        switch output.format {
        case .table: print(report.text)
        case .json: try JSONOutput.print(FitJSON(report))
        case .csv: print(FitJSON(report).csv, terminator: "")
        }
    }
}
