import ArgumentParser

/// How a command prints its results: a table to read, JSON or CSV for other programs.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
    case table, json, csv
}

/// `--format table|json|csv`, on every command that prints results; a table by default.
struct FormatOption: ParsableArguments {
    @Option(help: ArgumentHelp(help(
        en: "Output format. JSON keys and CSV columns: docs/run-json.md.",
        ja: "出力形式。JSON のキーと CSV の列: docs/run-json.md")))
    var format: OutputFormat = .table
}
