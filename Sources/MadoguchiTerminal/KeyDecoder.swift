import CNcursesw

/// Turns `get_wch`'s (status, value) pair into a `Key`. Pure, so tests need no terminal.
package enum KeyDecoder {
    /// `status` is `OK` for a character and `KEY_CODE_YES` for a function key; `value` is
    /// the character or the KEY_ code. Returns nil for KEY_RESIZE, which is not a key.
    package static func decode(status: Int32, value: UInt32) -> Key? {
        if status == mg_key_code_yes() {
            return functionKey(Int32(bitPattern: value))
        }
        switch value {
        case 0x0D, 0x0A: return .enter
        case 0x09: return .tab
        case 0x1B: return .escape
        case 0x08, 0x7F: return .backspace
        case 0x01...0x1A:
            return .control(Character(Unicode.Scalar(value + 0x60)!))
        default:
            guard let scalar = Unicode.Scalar(value), value >= 0x20 else { return .unknown(Int32(bitPattern: value)) }
            return .character(Character(scalar))
        }
    }

    static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_RESIZE: return nil
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_IC: return .insert
        case KEY_DC: return .delete
        case KEY_BACKSPACE: return .backspace
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case mg_key_f0() + 1...mg_key_f0() + 63: return .function(Int(code - mg_key_f0()))
        default: return .unknown(code)
        }
    }
}
