import CNcursesw
import Testing
@testable import MadoguchiTerminal

@Suite struct KeyDecoderTests {
    private func decode(_ value: UInt32) -> Key? { KeyDecoder.decode(status: OK, value: value) }
    private func function(_ code: Int32) -> Key? {
        KeyDecoder.decode(status: KEY_CODE_YES, value: UInt32(bitPattern: code))
    }

    @Test func printableCharactersIncludingJapanese() {
        #expect(decode(0x71) == .character("q"))
        #expect(decode(0x20) == .character(" "))
        #expect(decode(0x3042) == .character("あ"))
        #expect(decode(0x9AD9) == .character("髙"))
    }

    @Test func controlCharacters() {
        #expect(decode(0x0D) == .enter)
        #expect(decode(0x0A) == .enter)
        #expect(decode(0x09) == .tab)
        #expect(decode(0x1B) == .escape)
        #expect(decode(0x7F) == .backspace)
        #expect(decode(0x08) == .backspace)
        #expect(decode(0x0C) == .control("l"))
        #expect(decode(0x01) == .control("a"))
        #expect(decode(0x00) == .unknown(0))
    }

    @Test func functionKeys() {
        #expect(function(KEY_UP) == .up)
        #expect(function(KEY_DOWN) == .down)
        #expect(function(KEY_LEFT) == .left)
        #expect(function(KEY_RIGHT) == .right)
        #expect(function(KEY_HOME) == .home)
        #expect(function(KEY_END) == .end)
        #expect(function(KEY_PPAGE) == .pageUp)
        #expect(function(KEY_NPAGE) == .pageDown)
        #expect(function(KEY_DC) == .delete)
        #expect(function(KEY_IC) == .insert)
        #expect(function(KEY_BACKSPACE) == .backspace)
        #expect(function(KEY_ENTER) == .enter)
        #expect(function(KEY_BTAB) == .backTab)
        #expect(function(mg_key_f0() + 1) == .function(1))
        #expect(function(mg_key_f0() + 12) == .function(12))
        #expect(function(KEY_MOUSE) == .unknown(KEY_MOUSE))
    }

    @Test func resizeIsNotAKey() {
        #expect(function(KEY_RESIZE) == nil)
    }
}
