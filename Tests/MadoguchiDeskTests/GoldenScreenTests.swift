import Foundation
import MadoguchiClinic
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
        var ambiguous = AmbiguousWidth.narrow

        var name: String {
            "desk-\(language.rawValue)-\(width)x\(height)-\(Int(minutes))m" + (help ? "-help" : "")
                + (ambiguous == .wide ? "-wide" : "")
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
