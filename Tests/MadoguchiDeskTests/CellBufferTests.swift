import Testing
@testable import MadoguchiDesk

@Suite struct CellBufferTests {
    init() { #expect(utf8Locale) }

    private func expectRowsSpanWidth(_ buffer: CellBuffer) {
        for line in buffer.textLines() {
            #expect(DisplayWidth.of(line) == buffer.width, "\(line)")
        }
        for line in buffer.roleLines() {
            #expect(line.count == buffer.width)
        }
    }

    @Test func japaneseTextFillsTwoCellsPerKanji() {
        var buffer = CellBuffer(width: 10, height: 1)
        let used = buffer.put("窓口で", x: 1, y: 0, role: .text)
        #expect(used == 6)
        #expect(buffer.textLines() == [" 窓口で   "])
        #expect(buffer.roleLines() == [".tttttt..."])
        #expect(buffer[2, 0].isContinuation)
        expectRowsSpanWidth(buffer)
    }

    @Test func wideCharacterAtTheLastColumnBecomesASpace() {
        var buffer = CellBuffer(width: 5, height: 1)
        buffer.put("ab髙﨑", x: 0, y: 0, role: .text)
        #expect(buffer.textLines() == ["ab髙 "])
        expectRowsSpanWidth(buffer)
    }

    @Test func clippedWidthNeverSplitsAWideCharacter() {
        var buffer = CellBuffer(width: 8, height: 1)
        buffer.put("受付窓口", x: 0, y: 0, maxWidth: 5, role: .accent)
        #expect(buffer.textLines() == ["受付    "])
        #expect(buffer.roleLines() == ["aaaaa..."])
        expectRowsSpanWidth(buffer)
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var buffer = CellBuffer(width: 6, height: 1)
        buffer.put("窓口", x: 0, y: 0, role: .text)
        buffer.put("x", x: 1, y: 0, role: .error)
        #expect(buffer.textLines() == [" x口  "])
        buffer.put("y", x: 2, y: 0, role: .error)
        #expect(buffer.textLines() == [" xy   "])
        expectRowsSpanWidth(buffer)
    }

    @Test func wideOverWideShiftedByOneLeavesNoOrphans() {
        var buffer = CellBuffer(width: 6, height: 1)
        buffer.put("窓口", x: 0, y: 0, role: .text)
        buffer.put("髙", x: 1, y: 0, role: .text)
        #expect(buffer.textLines() == [" 髙   "])
        expectRowsSpanWidth(buffer)
    }

    @Test func textStartingLeftOfTheBufferIsClipped() {
        var buffer = CellBuffer(width: 4, height: 1)
        buffer.put("窓口ab", x: -1, y: 0, role: .text)
        #expect(buffer.textLines() == [" 口a"])
        expectRowsSpanWidth(buffer)
    }

    @Test func controlCharactersAreDrawnAsReplacementCharacters() {
        var buffer = CellBuffer(width: 4, height: 1)
        buffer.put("a\u{1B}b", x: 0, y: 0, role: .text)
        #expect(buffer.textLines() == ["a\u{FFFD}b "])
    }

    @Test func combiningMarksStayWithTheirLetter() {
        var buffer = CellBuffer(width: 3, height: 1)
        buffer.put("e\u{301}か\u{3099}", x: 0, y: 0, role: .text)
        #expect(buffer.textLines() == ["e\u{301}か\u{3099}"])
        expectRowsSpanWidth(buffer)
    }

    @Test func rightAlignmentAndEllipsis() {
        var buffer = CellBuffer(width: 10, height: 2)
        let row = Rect(x: 0, y: 0, width: 10, height: 2)
        buffer.put("12:30", in: row, alignment: .right, role: .text)
        buffer.put("受付窓口の待合室", in: row, row: 1, role: .text)
        #expect(buffer.textLines() == ["     12:30", "受付窓口… "])
        expectRowsSpanWidth(buffer)
    }

    @Test func boxWithTitleInUnicodeAndASCII() {
        var unicode = CellBuffer(width: 12, height: 3)
        let inside = unicode.box(unicode.area, glyphs: .unicode, title: "待合")
        #expect(inside == Rect(x: 1, y: 1, width: 10, height: 1))
        #expect(unicode.textLines() == ["┌─ 待合 ───┐", "│          │", "└──────────┘"])
        #expect(unicode.roleLines() == ["bbTTTTTTbbbb", "b..........b", "bbbbbbbbbbbb"])

        var ascii = CellBuffer(width: 12, height: 3)
        ascii.box(ascii.area, glyphs: .ascii, title: "Waiting room")
        #expect(ascii.textLines() == ["+- Waitin~-+", "|          |", "+----------+"])
    }

    @Test func fillAndPaint() {
        var buffer = CellBuffer(width: 4, height: 2)
        buffer.fill(Rect(x: 1, y: 0, width: 2, height: 2), with: "#", role: .warning)
        buffer.paint(Rect(x: 0, y: 1, width: 4, height: 1), role: .selection)
        #expect(buffer.textLines() == [" ## ", " ## "])
        #expect(buffer.roleLines() == [".ww.", "SSSS"])
    }

    @Test func everyRowSpansTheWidthWhateverIsDrawn() {
        let samples = ["髙橋 﨑子", "ｶﾀｶﾅ", "【001:マイナンバーカードの認識不可】", "e\u{301}", "abc", "窓"]
        for width in 1...9 {
            var buffer = CellBuffer(width: width, height: samples.count)
            for (row, sample) in samples.enumerated() {
                for x in -2...width { buffer.put(sample, x: x, y: row, role: .text) }
            }
            expectRowsSpanWidth(buffer)
        }
    }
}
