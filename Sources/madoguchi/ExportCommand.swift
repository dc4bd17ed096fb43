import ArgumentParser
import Foundation
import MadoguchiLab

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a recording's tables as CSV files. / 記録ファイルを CSV に書き出す。",
        discussion: """
            Writes runs.csv, replications.csv and patients.csv into DIR (created if needed), with \
            a header row and every column described in docs/recording.md. Existing files are never \
            replaced. A run whose process was killed reads `interrupted` in runs.csv.

            Example:
              madoguchi export monday.sqlite --csv monday-csv
            """
    )

    @Argument(help: "The recording (SQLite file).")
    var file: String

    @Option(help: "Directory to write the CSV files into.")
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
