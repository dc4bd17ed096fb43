import MadoguchiClinic

/// Writes the report's body section by section (the `ReportBuilder+…` files), numbering
/// its figures so that each SVG's title and description have ids of their own.
struct ReportBuilder {
    var html = HTMLWriter()
    let language: Language
    private var figures = 0

    init(language: Language) {
        self.language = language
    }

    /// The text in the report's language; labelled, so the two languages cannot be swapped unseen.
    func t(en: String, ja: String) -> String { Bilingual(en: en, ja: ja).text(language) }

    func title(of section: ReportSection) -> String {
        switch section {
        case .run(_, let run): t(en: "Run \(run.run.id) of \(run.file): \(title(run))", ja: "\(run.file) の実行 \(run.run.id): \(title(run))")
        case .comparison: t(en: "Runs compared", ja: "実行の比較")
        case .sessions: t(en: "Desk and training sessions", ja: "窓口・研修のセッション")
        case .training: t(en: "Training", ja: "研修")
        }
    }

    /// The section under its heading.
    mutating func write(_ section: ReportSection) {
        heading(2, title(of: section), id: section.anchor)
        switch section {
        case .run(_, let run): runSection(run)
        case .comparison(let runs): comparisonSection(runs)
        case .sessions(let sessions): sessionsSection(sessions)
        case .training(let sessions): trainingSection(sessions)
        }
    }

    mutating func figure(_ chart: some Chart) {
        figures += 1
        chart.figure(id: "figure-\(figures)", dataLabel: t(en: "The numbers", ja: "数値"), &html)
    }

    mutating func heading(_ level: Int, _ text: String, id: String? = nil) {
        html.element("h\(level)", id.map { [("id", $0)] } ?? [], text: text)
        html.newline()
    }

    mutating func paragraph(_ text: String, note: Bool = false) {
        html.element("p", note ? [("class", "note")] : [], text: text)
        html.newline()
    }

    /// A list of facts: term and description.
    mutating func facts(_ items: [(String, String)]) {
        html.element("dl") { html in
            for (term, description) in items {
                html.element("dt", text: term)
                html.element("dd", text: description)
            }
        }
        html.newline()
    }

    mutating func table(_ table: DataTable) {
        table.write(&html)
        html.newline()
    }

    // Numbers as the report prints them.

    func minutes(_ seconds: Double) -> String { ChartFormat.number(seconds / 60, decimals: 1) }
    func number(_ value: Double, _ decimals: Int = 1) -> String { ChartFormat.number(value, decimals: decimals) }
    func percent(_ share: Double) -> String { ChartFormat.number(share * 100, decimals: 1) }
    var minuteUnit: String { t(en: "minutes", ja: "分") }
}
