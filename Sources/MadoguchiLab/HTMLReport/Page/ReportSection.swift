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
        let training = input.sessions.filter(\.isTraining).sorted { $0.startedAt < $1.startedAt }
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
