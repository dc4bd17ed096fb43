/// Makes text from files (scenarios, recordings, patient names) safe to draw. A stray escape
/// sequence would move the cursor or recolour the screen behind ncurses' back, and bidi
/// overrides would make a name read differently from what it is.
package enum TextSanitizer {
    /// Removes escape sequences (CSI, OSC, DCS and two-byte ESC forms, in 7- and 8-bit form),
    /// other C0 and C1 controls, DEL and bidi controls. Tabs and line breaks become one space
    /// each, because every caller draws a single line.
    package static func clean(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            switch scalar.value {
            case 0x09, 0x0A, 0x0D:
                output.append(" ")
            case 0x1B:
                index = endOfEscape(scalars, introducer: index)
            case 0x9B:
                index = endOfControlSequence(scalars, from: index)
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
                index = endOfString(scalars, from: index)
            case 0x00..<0x20, 0x7F..<0xA0:
                break
            case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
                break
            default:
                output.append(scalar)
            }
        }
        return String(output)
    }

    /// `introducer` indexes the scalar after ESC; returns the index after the sequence.
    private static func endOfEscape(_ scalars: [Unicode.Scalar], introducer: Int) -> Int {
        guard introducer < scalars.count else { return introducer }
        switch scalars[introducer] {
        case "[":
            return endOfControlSequence(scalars, from: introducer + 1)
        case "]", "P", "X", "^", "_":
            return endOfString(scalars, from: introducer + 1)
        default:
            // Intermediate bytes (0x20–0x2F) then one final byte, e.g. ESC ( B or ESC c.
            var index = introducer
            while index < scalars.count, (0x20...0x2F).contains(scalars[index].value) { index += 1 }
            return min(index + 1, scalars.count)
        }
    }

    /// CSI: parameter and intermediate bytes (0x20–0x3F), ended by a final byte in 0x40–0x7E.
    /// Anything else ends a malformed sequence and is kept as text.
    private static func endOfControlSequence(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < scalars.count {
            let value = scalars[index].value
            if (0x40...0x7E).contains(value) { return index + 1 }
            if !(0x20...0x3F).contains(value) { return index }
            index += 1
        }
        return index
    }

    /// OSC, DCS, SOS, PM, APC: a string ended by BEL, ST (0x9C) or ESC \.
    private static func endOfString(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < scalars.count {
            switch scalars[index].value {
            case 0x07, 0x9C:
                return index + 1
            case 0x1B:
                let next = index + 1
                // An ESC that is not ST ends the string and starts a sequence of its own.
                return next < scalars.count && scalars[next] == "\\" ? next + 1 : index
            default:
                index += 1
            }
        }
        return index
    }
}
