/// The page's sections in order, each with its anchor; the contents list and the headings
/// take their titles from one place (`ReportBuilder.title(of:)`).
enum ReportSection {
    case run(Int, ReportRun)
    case comparison([ReportRun])
    case sessions([ReportSession])
    case training([ReportSession])

    /// The sections the input has something for.
    static func all(_ input: ReportInput) -> [ReportSection] {
        var sections = input.runs.enumerated().map { ReportSection.run($0.offset + 1, $0.element) }
        let compared = input.runs.filter { $0.replications.count > 0 }
        if compared.count > 1 { sections.append(.comparison(compared)) }
        if !input.sessions.isEmpty { sections.append(.sessions(input.sessions)) }
        // In the order held; sessions begun in the same second in the order of the files.
        let training = input.sessions.enumerated().filter(\.element.isTraining)
            .sorted { ($0.element.startedAt, $0.offset) < ($1.element.startedAt, $1.offset) }.map(\.element)
        if !training.isEmpty { sections.append(.training(training)) }
        return sections
    }

    var anchor: String {
        switch self {
        case .run(let number, _): "run-\(number)"
        case .comparison: "comparison"
        case .sessions: "sessions"
        case .training: "training"
        }
    }
}
