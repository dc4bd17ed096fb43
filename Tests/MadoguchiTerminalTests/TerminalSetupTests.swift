#if canImport(Glibc)
import MadoguchiClinic
import Glibc
#endif
import CNcursesw
import MadoguchiDesk
import Testing
@testable import MadoguchiTerminal

@Suite struct TerminalSetupTests {
    @Test func utf8CodesetNames() {
        #expect(LocaleSetup.isUTF8("UTF-8"))
        #expect(LocaleSetup.isUTF8("utf8"))
        #expect(LocaleSetup.isUTF8("UTF8"))
        #expect(!LocaleSetup.isUTF8("ANSI_X3.4-1968"))
        #expect(!LocaleSetup.isUTF8("EUC-JP"))
        #expect(!LocaleSetup.isUTF8(""))
    }

    @Test func colourNumbersFallBackWhereTheTerminalLacksThem() {
        #expect(ColorPairs.number(.number(196), colors: 256, defaultColors: true, fallback: 7) == 196)
        #expect(ColorPairs.number(.number(196), colors: 16, defaultColors: true, fallback: 7) == -1)
        #expect(ColorPairs.number(.number(196), colors: 16, defaultColors: false, fallback: 7) == 7)
        #expect(ColorPairs.number(.terminalDefault, colors: 256, defaultColors: true, fallback: 0) == -1)
        #expect(ColorPairs.number(.terminalDefault, colors: 256, defaultColors: false, fallback: 0) == 0)
        #expect(ColorPairs.number(.number(0x123456), colors: 1 << 24, defaultColors: true, fallback: 7) == 0x123456)
    }

    @Test func attributesMapToCursesBits() {
        #expect(ColorPairs.attributes([]) == mg_attr_normal())
        #expect(ColorPairs.attributes([.bold, .reverse]) == mg_attr_bold() | mg_attr_reverse())
        #expect(ColorPairs.attributes([.underline, .dim]) == mg_attr_underline() | mg_attr_dim())
    }

    @Test func gridCharactersAreZeroTerminatedAndCapped() {
        #expect(Terminal.wideCharacters("髙") == [0x9AD9, 0])
        #expect(Terminal.wideCharacters("e\u{301}") == [0x65, 0x301, 0])
        #expect(Terminal.wideCharacters("a\u{301}\u{302}\u{303}\u{304}\u{305}").count == 6)
    }

    @Test func errorsSayWhatToDoInBothLanguages() {
        #expect(TerminalError.unknownTerm("vt-nonsense").message(.en)
            == "cannot start the terminal: TERM=\"vt-nonsense\" is unknown or unusable (try TERM=xterm-256color)")
        #expect(TerminalError.unknownTerm("vt-nonsense").message(.ja).contains("TERM=\"vt-nonsense\""))
        #expect(TerminalError.notATerminal(standardInput: false).message(.ja) == "標準出力が端末ではありません。端末の中で起動してください")
        #expect(TerminalError.termUnset.message(.en).contains("TERM is not set"))
    }

    @Test(.enabled(if: isatty(STDIN_FILENO) == 0, "needs standard input not to be a terminal"))
    func refusesToStartWithoutATerminal() {
        #expect(throws: TerminalError.notATerminal(standardInput: true)) {
            _ = try Terminal(environment: ["TERM": "xterm-256color"])
        }
    }
}
