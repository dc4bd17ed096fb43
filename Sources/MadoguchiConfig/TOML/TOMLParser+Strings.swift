/// The four kinds of string: "basic" with escapes, 'literal' as written, and a multi-line
/// form of each between triple quotes.
extension TOMLParser {
    mutating func parseBasicString() throws(ConfigError) -> String {
        let open = position
        pos += 1
        var out: [UInt8] = []
        while true {
            guard let b = peek() else { throw fail(.unterminatedString, at: open) }
            switch b {
            case UInt8(ascii: "\""):
                pos += 1
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try parseEscape(into: &out)
            case 0x0A, 0x0D:
                throw fail(.newlineInString)
            default:
                out.append(b)
                pos += 1
            }
            try checkLength(out)
        }
    }

    mutating func parseLiteralString() throws(ConfigError) -> String {
        let open = position
        pos += 1
        let start = pos
        while true {
            guard let b = peek() else { throw fail(.unterminatedString, at: open) }
            if b == UInt8(ascii: "'") { break }
            if b == 0x0A || b == 0x0D { throw fail(.newlineInString) }
            pos += 1
        }
        let content = bytes[start..<pos]
        pos += 1
        try checkLength(content)
        return String(decoding: content, as: UTF8.self)
    }

    /// `"""…"""` (with escapes) or `'''…'''` (without): a line break right after the opening
    /// quotes is dropped, and in the basic kind a backslash at the end of a line joins it to
    /// the next non-blank text.
    mutating func parseMultilineString(quote: UInt8) throws(ConfigError) -> String {
        let open = position
        let escapes = quote == UInt8(ascii: "\"")
        pos += 3
        _ = takeNewline()
        var out: [UInt8] = []
        while true {
            guard let b = peek() else { throw fail(.unterminatedString, at: open) }
            switch b {
            case quote:
                if let closed = closeMultiline(quote: b, into: &out) { return closed }
            case UInt8(ascii: "\\") where escapes:
                if !skipLineEndingBackslash() { try parseEscape(into: &out) }
            case 0x0A, 0x0D:
                _ = takeNewline()
                out.append(0x0A)
            default:
                out.append(b)
                pos += 1
            }
            try checkLength(out)
        }
    }

    /// At a quote inside a multi-line string: one or two quotes are text; three close the
    /// string, and up to two more right before them belong to the text (`""""a"""""`).
    private mutating func closeMultiline(quote: UInt8, into out: inout [UInt8]) -> String? {
        var run = 0
        while peek(run) == quote { run += 1 }
        if run < 3 {
            out.append(contentsOf: repeatElement(quote, count: run))
            pos += run
            return nil
        }
        let taken = min(run, 5)
        out.append(contentsOf: repeatElement(quote, count: taken - 3))
        pos += taken
        return String(decoding: out, as: UTF8.self)
    }

    /// A backslash followed only by blanks up to the end of the line: skips it and every
    /// blank and line break after it. False (nothing skipped) for any other backslash.
    private mutating func skipLineEndingBackslash() -> Bool {
        var i = 1
        while peek(i) == 0x20 || peek(i) == 0x09 { i += 1 }
        guard peek(i) == 0x0A || (peek(i) == 0x0D && peek(i + 1) == 0x0A) else { return false }
        pos += i
        while true {
            skipWhitespace()
            if !takeNewline() { return true }
        }
    }

    private mutating func parseEscape(into out: inout [UInt8]) throws(ConfigError) {
        let mark = position
        let start = pos
        pos += 1
        guard let e = peek() else { throw fail(.unterminatedString) }
        pos += 1
        switch e {
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "\""): out.append(0x22)
        case UInt8(ascii: "\\"): out.append(0x5C)
        case UInt8(ascii: "u"), UInt8(ascii: "U"):
            let digits = e == UInt8(ascii: "u") ? 4 : 8
            var value: UInt32 = 0
            for _ in 0..<digits {
                guard let d = peek().flatMap(Self.hexValue) else { throw escapeError(from: start, at: mark, unicode: true) }
                value = value << 4 | UInt32(d)
                pos += 1
            }
            guard let scalar = Unicode.Scalar(value) else { throw escapeError(from: start, at: mark, unicode: true) }
            out.append(contentsOf: String(scalar).utf8)
        default:
            throw escapeError(from: start, at: mark)
        }
    }

    /// The escape as written, up to the end of the character after the backslash.
    private mutating func escapeError(from start: Int, at mark: Mark, unicode: Bool = false) -> ConfigError {
        var end = min(pos, bytes.count)
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        let escape = String(decoding: bytes[start..<end], as: UTF8.self)
        return fail(unicode ? .invalidUnicodeEscape(escape) : .invalidEscape(escape), at: mark)
    }

    static func hexValue(_ b: UInt8) -> UInt8? {
        switch b {
        case 0x30...0x39: b - 0x30
        case 0x41...0x46: b - 0x41 + 10
        case 0x61...0x66: b - 0x61 + 10
        default: nil
        }
    }

    private func checkLength(_ content: some Collection<UInt8>) throws(ConfigError) {
        guard content.count <= limits.stringBytes else { throw fail(.stringTooLong(limit: limits.stringBytes), at: position) }
    }
}
