import MadoguchiClinic
import MadoguchiTraining
import Testing
@testable import MadoguchiDesk

/// `--ascii` draws English with ASCII only: every English text the desk, the decision panel
/// and the debrief show must be ASCII, or one of the few characters with an ASCII look-alike,
/// or it would come out as "?".
@Suite struct EnglishIsASCIITests {
    static func drawable(_ text: String) -> Bool {
        text.allSatisfy { $0.isASCII || ASCIILookalikes.table[String($0)] != nil }
    }

    @Test func everyDeskTextIsDrawableInASCII() throws {
        for key in UIText.allCases {
            let en = try #require(key.translation?.en)
            #expect(Self.drawable(en), "\(key): \(en)")
        }
    }

    @Test func everyDomainTextIsDrawableInASCII() {
        var texts: [Bilingual] = StaffAction.allCases.map(\.name) + Fault.allCases.map(\.name) + Outcome.allCases.map(\.name)
        texts += BackupCredential.allCases.map(\.name) + CredentialPath.allCases.map(\.name)
        texts += AuthMethod.allCases.map(\.name) + VisitType.allCases.map(\.name)
        texts += Situation.Kind.allCases.map(\.procedure) + Ruling.Consequence.allCases.map(\.text)
        texts += Ruling.ErrorKind.allCases.flatMap { [$0.name, $0.shortName] } + Ruling.Verdict.allCases.map(\.name)
        #expect(texts.count > 80)
        for text in texts { #expect(Self.drawable(text.en), "\(text.en)") }
    }

    @Test func everyBuiltinLessonIsDrawableInASCII() throws {
        for name in LessonLoader.builtinNames {
            let lesson = try LessonLoader.load(nameOrPath: name)
            #expect(Self.drawable(lesson.title.en) && Self.drawable(lesson.goal.en), "\(name)")
        }
    }
}
