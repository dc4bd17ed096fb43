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

    /// Against `wcwidth` itself, not `DisplayWidth.of`, which falls back to the table when
    /// the C library has no answer and would then compare the table with itself.
    @Test("the fallback table agrees with the C library's wcwidth", arguments: ["髙", "﨑", "窓", "口", "ア", "Ｍ", "ｶ", "a", "●", "【"])
    func fallbackAgrees(_ text: String) throws {
        let scalar = text.unicodeScalars.first!
        let system = SystemWidth.of(scalar)
        try #require(system >= 0, "wcwidth has no answer for U+\(String(scalar.value, radix: 16))")
        #expect(DisplayWidth.fallback(scalar) == system)
    }

    /// Every character of the blocks Japanese text is written in, wherever wcwidth answers:
    /// punctuation, kana, kanji (with extension A and the compatibility ideographs), full-
    /// and halfwidth forms, box drawing and geometric shapes, the rare kanji of extension B.
    @Test func fallbackAgreesWithWcwidthOnJapaneseBlocks() throws {
        try #require(utf8Locale)
        let blocks: [ClosedRange<UInt32>] = [0x2500...0x25FF, 0x3000...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
                                             0xF900...0xFAFF, 0xFF00...0xFFEF, 0x20000...0x2A6DF]
        var answered = 0, disagreements: [String] = []
        for value in blocks.joined() {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let system = SystemWidth.of(scalar)
            guard system >= 0 else { continue }
            answered += 1
            if DisplayWidth.fallback(scalar) != system { disagreements.append(String(value, radix: 16)) }
        }
        #expect(answered > 40_000, "wcwidth answered for \(answered) characters only")
        #expect(disagreements.isEmpty, "U+\(disagreements.prefix(20))")
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
