import Foundation
import MadoguchiClinic
import MadoguchiTraining
import Testing
@testable import MadoguchiDesk

/// The desk rendered to text and to a map of style roles, compared with files under Golden/.
/// Run with MADOGUCHI_REGENERATE=1 to rewrite them after an intended change, then review
/// the diff.
@Suite struct GoldenScreenTests {
    struct Case: CustomStringConvertible, Sendable {
        let language: Language
        let width: Int
        let height: Int
        let minutes: Double
        var help = false
        var training: String?
        var ambiguous = AmbiguousWidth.narrow

        var name: String {
            let wide = ambiguous == .wide ? "-wide" : ""
            if let training { return "\(training)-\(language.rawValue)-\(width)x\(height)" + wide }
            return "desk-\(language.rawValue)-\(width)x\(height)-\(Int(minutes))m" + (help ? "-help" : "") + wide
        }
        var description: String { name }
    }

    static let cases: [Case] = [Language.ja, .en].flatMap { language in
        [(80, 24), (120, 40)].flatMap { size in
            [20.0, 90.0].map { Case(language: language, width: size.0, height: size.1, minutes: $0) }
        } + [Case(language: language, width: 80, height: 24, minutes: 20, help: true),
             Case(language: language, width: 60, height: 20, minutes: 20)]
    } + [
        // A terminal that draws ambiguous characters two cells wide (xterm -cjk_width).
        Case(language: .ja, width: 80, height: 24, minutes: 20, ambiguous: .wide),
        Case(language: .ja, width: 120, height: 40, minutes: 90, ambiguous: .wide),
        Case(language: .ja, width: 80, height: 24, minutes: 20, help: true, ambiguous: .wide),
        Case(language: .en, width: 80, height: 24, minutes: 90, ambiguous: .wide),
    ]

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let regenerate = ProcessInfo.processInfo.environment["MADOGUCHI_REGENERATE"] == "1"

    @Test(arguments: cases)
    func screen(_ golden: Case) throws {
        try #require(utf8Locale)
        var state = DeskFixture.state(minutes: golden.minutes, language: golden.language,
                                      width: golden.width, height: golden.height, ambiguousWidth: golden.ambiguous)
        if golden.help { state.update(.key(.character("?"))) }
        let buffer = DeskView.render(state)
        try check(buffer, golden)
    }

    /// The decision panel on another person's record, and the debrief of a trainee who
    /// charged 10割 for 資格無効, at both sizes and in both languages.
    static let trainingCases: [Case] = [Language.ja, .en].flatMap { language in
        [(80, 24), (120, 40)].flatMap { size in
            ["decision", "debrief"].map { Case(language: language, width: size.0, height: size.1, minutes: 0, training: $0) }
        }
    } + ["decision", "debrief"].map { Case(language: .ja, width: 80, height: 24, minutes: 0, training: $0, ambiguous: .wide) }

    @Test(arguments: trainingCases)
    func trainingScreen(_ golden: Case) throws {
        try #require(utf8Locale)
        var state: DeskState
        if golden.training == "decision" {
            state = DeskState.training(try LessonLoader.load(nameOrPath: "wrong-person"), trainee: "Sato",
                                       language: golden.language, ambiguousWidth: golden.ambiguous, speed: .times(1),
                                       width: golden.width, height: golden.height)
            while !isAnotherPersonsRecord(state.focusedQuestion?.decision) {
                if let question = state.focusedQuestion {
                    let index = question.decision.options.firstIndex(of: question.decision.standardAction)!
                    state.update(.key(.character(DeskState.answerKeys[index])))
                } else {
                    state.update(.tick(wallSeconds: 1))
                }
            }
        } else {
            let charger = ScriptedTrainee.byTheBookExcept { d in
                if case .eligibility(.invalid, _) = d.situation { return .chargeFull }
                return nil
            }
            state = DeskState.training(try LessonLoader.load(nameOrPath: "eligibility-invalid"), trainee: "test",
                                       language: golden.language, ambiguousWidth: golden.ambiguous, speed: .times(1))
            charger.play(&state, reaction: golden.language == .ja ? "緊張しました" : "Nervous")
            state.update(.resize(width: golden.width, height: golden.height))
        }
        let buffer = DeskView.render(state)
        try check(buffer, golden)
    }

    func isAnotherPersonsRecord(_ decision: Decision?) -> Bool {
        guard let decision, case .record(let result) = decision.situation else { return false }
        return result.person != decision.patient?.patient
    }

    /// Every row the screen's width, on a terminal of the case's ambiguous width (where no
    /// ambiguous character may be sent), and the text and roles as the golden files hold them.
    private func check(_ buffer: CellBuffer, _ golden: Case) throws {
        let text = buffer.textLines()
        for (row, line) in text.enumerated() {
            let columns = DisplayWidth.of(line, ambiguous: golden.ambiguous)
            #expect(columns == golden.width, "row \(row) is \(columns) columns: \(line)")
            if golden.ambiguous == .wide {
                #expect(!line.contains(where: DisplayWidth.isAmbiguous), "row \(row) holds an ambiguous character: \(line)")
            }
        }
        try compare(text.joined(separator: "\n") + "\n", file: golden.name + ".txt")
        try compare(buffer.roleLines().joined(separator: "\n") + "\n", file: golden.name + ".roles.txt")
    }

    private func compare(_ actual: String, file: String) throws {
        let url = Self.directory.appendingPathComponent(file)
        if Self.regenerate {
            try FileManager.default.createDirectory(at: Self.directory, withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "\(file) differs; MADOGUCHI_REGENERATE=1 rewrites it\n\(actual)")
    }
}
