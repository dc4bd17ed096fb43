/// Moving through the bytes, and saying where a problem is.
extension TOMLParser {
    struct Mark {
        let line: Int
        let column: Int
    }

    var isAtEnd: Bool { pos >= bytes.count }

    func peek(_ offset: Int = 0) -> UInt8? {
        let i = pos + offset
        return i < bytes.count ? bytes[i] : nil
    }

    func peek(is text: StaticString, at offset: Int = 0) -> Bool {
        let count = text.utf8CodeUnitCount
        guard pos + offset + count <= bytes.count else { return false }
        let start = text.utf8Start
        for i in 0..<count where bytes[pos + offset + i] != start[i] { return false }
        return true
    }

    var position: Mark { Mark(line: line, column: Self.column(bytes, lineStart: lineStart, at: pos)) }

    /// Columns count characters (Unicode scalars), not bytes, from 1.
    static func column(_ bytes: [UInt8], lineStart: Int, at index: Int) -> Int {
        var column = 1
        var i = lineStart
        while i < min(index, bytes.count) {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return column
    }

    mutating func skipWhitespace() {
        while pos < bytes.count, bytes[pos] == 0x20 || bytes[pos] == 0x09 { pos += 1 }
    }

    mutating func skipComment() {
        guard peek() == UInt8(ascii: "#") else { return }
        while pos < bytes.count, bytes[pos] != 0x0A, bytes[pos] != 0x0D { pos += 1 }
    }

    /// LF or CR LF (a lone CR never gets this far).
    mutating func takeNewline() -> Bool {
        if peek() == 0x0A {
            pos += 1
        } else if peek() == 0x0D, peek(1) == 0x0A {
            pos += 2
        } else {
            return false
        }
        line += 1
        lineStart = pos
        return true
    }

    func fail(_ problem: SyntaxProblem) -> ConfigError { fail(problem, at: position) }

    func fail(_ problem: SyntaxProblem, at mark: Mark) -> ConfigError {
        fail(.syntax(problem), at: mark)
    }

    func fail(_ problem: ConfigProblem, at mark: Mark) -> ConfigError {
        ConfigError(origin: document.origin, line: mark.line, column: mark.column, problem: problem)
    }

    static func isBareKeyByte(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39)
            || b == UInt8(ascii: "_") || b == UInt8(ascii: "-")
    }

    static func isDigit(_ b: UInt8?) -> Bool {
        guard let b else { return false }
        return b >= 0x30 && b <= 0x39
    }
}
