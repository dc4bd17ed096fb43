import ArgumentParser
import Foundation
import MadoguchiLab

struct ExportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "export",
            abstract: help(en: "Write a recording's tables as CSV files.",
                           ja: "記録ファイルの表を CSV ファイルに書き出します。"),
            discussion: help(en: """
                Writes runs.csv, replications.csv and patients.csv into DIR (created if needed), with \
                a header row and every column described in docs/recording.md. Existing files are never \
                replaced. A run whose process was killed reads `interrupted` in runs.csv.

                Example:
                  madoguchi export monday.sqlite --csv monday-csv
                """, ja: """
                DIR(なければ作成)に runs.csv、replications.csv、patients.csv を
                書き出します。各ファイルにはヘッダー行があり、全列の説明は
                docs/recording.md にあります。既存のファイルは上書きしません。
                プロセスが強制終了された実行は、runs.csv で `interrupted` になります。

                例:
                  madoguchi export monday.sqlite --csv monday-csv
                """)
        )
    }

    @Argument(help: ArgumentHelp(help(en: "The recording (SQLite file).", ja: "記録ファイル(SQLite ファイル)。")))
    var file: String

    @Option(help: ArgumentHelp(help(en: "Directory to write the CSV files into.",
                                    ja: "CSV ファイルの書き出し先ディレクトリ。")))
    var csv: String

    @OptionGroup var language: LanguageOption

    func run() throws {
        do {
            let recording = try Recording.openForReading(file)
            for path in try RecordingExport.csv(recording, to: csv) { print(path) }
        } catch {
            throw LabFailure.exit(error, language: language.value)
        }
    }
}
