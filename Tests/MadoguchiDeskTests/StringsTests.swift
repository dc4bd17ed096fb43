import MadoguchiClinic
import Testing
@testable import MadoguchiDesk

@Suite struct StringsTests {
    @Test("every text exists in Japanese and English", arguments: UIText.allCases)
    func complete(_ key: UIText) throws {
        let translation = try #require(key.translation, "no translation for \(key)")
        #expect(!translation.ja.isEmpty)
        #expect(!translation.en.isEmpty)
    }

    @Test("both languages use the same placeholders", arguments: UIText.allCases)
    func placeholdersMatch(_ key: UIText) throws {
        let translation = try #require(key.translation)
        #expect(placeholders(translation.ja) == placeholders(translation.en))
    }

    @Test func eachKeyIsInExactlyOneTable() {
        let tables = [Translations.header, Translations.panels, Translations.keys,
                      Translations.clinic, Translations.reader, Translations.messages, Translations.desk,
                      Translations.training, Translations.decisionPanel]
        for key in UIText.allCases {
            #expect(tables.filter { $0[key] != nil }.count == 1, "\(key)")
        }
    }

    @Test func argumentsAreFilledInOnePass() {
        #expect(UIText.terminalTooSmall.text(.ja, "80", "24") == "端末を80×24以上に広げてください")
        #expect(UIText.terminalTooSmall.text(.en, "80", "24") == "Enlarge the terminal to at least 80×24")
        #expect(UIText.speedTimes.text(.en, "{1}", "x") == "×{1}")
    }

    @Test func domainWordingIsKept() {
        #expect(UIText.readerPlaceCard.text(.ja) == "マイナンバーカードを置く（カバーは外してください）")
        #expect(UIText.readerComplete.text(.ja) == "受付完了！ カードをしまってください")
        #expect(UIText.readerErrorCardUnreadable.text(.ja) == "【001:マイナンバーカードの認識不可】")
    }

    @Test func languageFollowsTheLocale() {
        #expect(Language.preferred(environment: ["LANG": "ja_JP.UTF-8"]) == .ja)
        #expect(Language.preferred(environment: ["LANG": "en_US.UTF-8"]) == .en)
        #expect(Language.preferred(environment: ["LC_ALL": "en_GB.UTF-8", "LANG": "ja_JP.UTF-8"]) == .en)
        #expect(Language.preferred(environment: ["LC_MESSAGES": "ja_JP.UTF-8", "LANG": "C"]) == .ja)
        #expect(Language.preferred(environment: ["LC_ALL": "", "LANG": "ja_JP.UTF-8"]) == .ja)
        #expect(Language.preferred(environment: [:]) == .en)
    }

    private func placeholders(_ text: String) -> Set<String> {
        var found = Set<String>()
        let characters = Array(text)
        for index in characters.indices.dropLast(2)
        where characters[index] == "{" && characters[index + 2] == "}" && characters[index + 1].isNumber {
            found.insert(String(characters[index...index + 2]))
        }
        return found
    }
}
