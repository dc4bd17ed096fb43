import Testing
@testable import MadoguchiDesk

@Suite struct TextSanitizerTests {
    @Test func plainTextIsUntouched() {
        #expect(TextSanitizer.clean("髙﨑 花子 (ｶﾀｶﾅ) e\u{301}") == "髙﨑 花子 (ｶﾀｶﾅ) e\u{301}")
    }

    @Test func colourAndCursorSequencesAreRemoved() {
        #expect(TextSanitizer.clean("\u{1B}[31m赤\u{1B}[0m") == "赤")
        #expect(TextSanitizer.clean("a\u{1B}[2J\u{1B}[10;20Hb") == "ab")
        #expect(TextSanitizer.clean("x\u{1B}[?1049hy") == "xy")
    }

    @Test func eightBitCSIIsRemoved() {
        #expect(TextSanitizer.clean("a\u{9B}31mb") == "ab")
    }

    @Test func operatingSystemCommandsAreRemoved() {
        #expect(TextSanitizer.clean("\u{1B}]0;title\u{07}name") == "name")
        #expect(TextSanitizer.clean("\u{1B}]8;;http://x\u{1B}\\link\u{1B}]8;;\u{1B}\\") == "link")
        #expect(TextSanitizer.clean("\u{1B}Pdcs\u{9C}ok") == "ok")
    }

    @Test func twoCharacterEscapesAreRemoved() {
        #expect(TextSanitizer.clean("a\u{1B}cb") == "ab")
        #expect(TextSanitizer.clean("a\u{1B}(Bb") == "ab")
        #expect(TextSanitizer.clean("trailing\u{1B}") == "trailing")
    }

    @Test func aMalformedSequenceKeepsTheTextAfterIt() {
        #expect(TextSanitizer.clean("\u{1B}[3窓口") == "窓口")
    }

    @Test func controlsDeleteAndBidiOverridesAreRemoved() {
        #expect(TextSanitizer.clean("a\u{0}b\u{7}c\u{7F}d\u{85}e") == "abcde")
        #expect(TextSanitizer.clean("name\u{202E}txt.exe") == "nametxt.exe")
    }

    @Test func tabsAndLineBreaksBecomeSpaces() {
        #expect(TextSanitizer.clean("a\tb\nc\r\nd") == "a b c  d")
    }
}
