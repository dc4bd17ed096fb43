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

@Suite struct AmbiguousWidthTests {
    @Test func ambiguousCharactersCountTwoOnlyInWideMode() throws {
        try #require(utf8Locale)
        for character: Character in ["─", "│", "●", "…", "×", "█", "▁", "→", "①", "α"] {
            #expect(DisplayWidth.of(character) == 1, "\(character)")
            #expect(DisplayWidth.of(character, ambiguous: .wide) == 2, "\(character)")
            #expect(DisplayWidth.isAmbiguous(character), "\(character)")
        }
        for character: Character in ["a", "窓", "ア", "░", "＊", "〇"] {
            #expect(DisplayWidth.of(character, ambiguous: .wide) == DisplayWidth.of(character), "\(character)")
            #expect(!DisplayWidth.isAmbiguous(character), "\(character)")
        }
        #expect(TextFit.pad("●●太郎", to: 8, ambiguous: .wide) == "●●太郎")
        #expect(TextFit.truncate("●●●●", to: 5, ellipsis: "~", ambiguous: .wide) == "●●~")
    }

    /// What ncurses would misplace never reaches it: each ambiguous character, laid out two
    /// cells wide, leaves as two cells of characters every terminal agrees on.
    @Test func foldingKeepsEveryColumn() throws {
        try #require(utf8Locale)
        var buffer = CellBuffer(width: 12, height: 1, ambiguous: .wide)
        buffer.put("a●×→①b", x: 0, y: 0, role: .text)
        #expect(buffer.textLines() == ["a●×→①b  "])
        buffer.foldAmbiguous()
        let line = buffer.textLines()[0]
        #expect(line == "a＊ｘ> ？b  ")
        #expect(DisplayWidth.of(line) == 12)
        #expect(!line.contains(where: DisplayWidth.isAmbiguous))
        for (from, to) in CellBuffer.wideLookalikes {
            #expect(to.count == 1 && DisplayWidth.of(to) == 2 && !DisplayWidth.isAmbiguous(Character(to)), "\(from) → \(to)")
        }
    }
}

extension AmbiguousWidthTests {
    /// On a wide-ambiguous terminal every ambiguous character of the desk's own texts has a
    /// look-alike, so none of them turns into "？".
    @Test func everyAmbiguousCharacterOfTheTextsHasALookalike() throws {
        try #require(utf8Locale)
        var checked = 0
        for key in UIText.allCases {
            let translation = try #require(key.translation)
            for character in translation.ja + translation.en where DisplayWidth.isAmbiguous(character) {
                checked += 1
                let text = String(character)
                #expect(CellBuffer.wideLookalikes[text] != nil || ASCIILookalikes.table[text] != nil,
                        "\(key): \(character) U+\(String(character.unicodeScalars.first!.value, radix: 16))")
            }
        }
        #expect(checked > 0)
    }
}
