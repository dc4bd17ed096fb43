import Testing
@testable import MadoguchiDesk

@Suite struct DisplayWidthTests {
    init() { #expect(utf8Locale) }

    @Test("kanji, including rare forms in names, are two columns", arguments: ["髙", "﨑", "窓", "口", "あ", "ア", "Ｍ"])
    func wide(_ text: String) {
        #expect(DisplayWidth.of(text) == 2)
    }

    @Test func wordsAddUp() {
        #expect(DisplayWidth.of("窓口") == 4)
        #expect(DisplayWidth.of("髙﨑") == 4)
        #expect(DisplayWidth.of("madoguchi") == 9)
        #expect(DisplayWidth.of("マイナ保険証") == 12)
    }

    @Test func halfwidthKatakanaIsOneColumn() {
        #expect(DisplayWidth.of("ｶﾀｶﾅ") == 4)
    }

    @Test func combiningMarksAddNothing() {
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("か\u{3099}") == 2)
        #expect(DisplayWidth.of(Unicode.Scalar(0x301)!) == 0)
    }

    @Test func controlsAreZero() {
        #expect(DisplayWidth.of(Unicode.Scalar(0x1B)!) == 0)
        #expect(DisplayWidth.of(Unicode.Scalar(0x9B)!) == 0)
    }

    @Test("the fallback table agrees with the C library on wide text", arguments: ["髙", "﨑", "窓", "口", "ア", "Ｍ", "ｶ", "a", "●", "【"])
    func fallbackAgrees(_ text: String) {
        let scalar = text.unicodeScalars.first!
        #expect(DisplayWidth.fallback(scalar) == DisplayWidth.of(scalar))
    }

    @Test func fallbackMarksAreZero() {
        #expect(DisplayWidth.fallback(Unicode.Scalar(0x301)!) == 0)
        #expect(DisplayWidth.fallback(Unicode.Scalar(0x3099)!) == 0)
    }

    @Test func wideRangesAreSortedAndDisjoint() {
        for (left, right) in zip(EastAsianWide.ranges, EastAsianWide.ranges.dropFirst()) {
            #expect(left.upperBound < right.lowerBound)
        }
    }
}
