import Testing
@testable import MadoguchiDesk

@Suite struct TextFitTests {
    init() { #expect(utf8Locale) }

    @Test func truncateCountsColumnsNotCharacters() {
        #expect(TextFit.truncate("資格確認書", to: 10) == "資格確認書")
        #expect(TextFit.truncate("資格確認書", to: 9) == "資格確認…")
        #expect(TextFit.truncate("資格確認書", to: 8) == "資格確…")
        #expect(TextFit.truncate("abc", to: 0) == "")
        #expect(TextFit.truncate("abcdef", to: 4, ellipsis: "~") == "abc~")
    }

    @Test func padAlignsByColumns() {
        #expect(TextFit.pad("窓口", to: 6) == "窓口  ")
        #expect(TextFit.pad("窓口", to: 6, alignment: .right) == "  窓口")
        #expect(TextFit.pad("窓口", to: 7, alignment: .center) == " 窓口  ")
        #expect(DisplayWidth.of(TextFit.pad("髙﨑", to: 3)) == 3)
    }
}
