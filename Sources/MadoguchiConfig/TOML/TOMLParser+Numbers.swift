/// Integers (decimal, 0x hex, 0o octal, 0b binary, `_` between digits), floats (fraction
/// and/or exponent, inf, nan), and, starting with digits too, dates and times.
extension TOMLParser {
    mutating func parseNumberOrDateTime() throws(ConfigError) -> ConfigNode.Value {
        if (0..<4).allSatisfy({ Self.isDigit(peek($0)) }) && peek(4) == UInt8(ascii: "-") {
            return try parseDateTime()
        }
        if Self.isDigit(peek()) && Self.isDigit(peek(1)) && peek(2) == UInt8(ascii: ":") {
            return try parseLocalTime()
        }
        let mark = position
        let start = pos
        while pos < bytes.count, Self.isNumberByte(bytes[pos]) { pos += 1 }
        let token = Array(bytes[start..<pos])
        let text = String(decoding: token, as: UTF8.self)
        guard let value = Self.number(token) else { throw fail(.invalidNumber(text), at: mark) }
        switch value {
        case .integer(nil): throw fail(.integerOutOfRange(text), at: mark)
        case .integer(let i?): return .integer(i)
        case .float(let d): return .float(d)
        }
    }

    private enum Number {
        case integer(Int?)
        case float(Double)
    }

    /// Everything a number could be made of, so `12abc` is refused whole as a number.
    private static func isNumberByte(_ b: UInt8) -> Bool {
        isBareKeyByte(b) || b == UInt8(ascii: "+") || b == UInt8(ascii: ".")
    }

    /// The number a token spells, or nil when it is none; `.integer(nil)` when it is an
    /// integer beyond 64 bits.
    private static func number(_ token: [UInt8]) -> Number? {
        var body = token[...]
        var sign: UInt8?
        if let first = body.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            sign = first
            body = body.dropFirst()
        }
        if body.elementsEqual("inf".utf8) { return .float(sign == UInt8(ascii: "-") ? -.infinity : .infinity) }
        if body.elementsEqual("nan".utf8) { return .float(.nan) }
        if sign == nil, body.count > 2, body.first == UInt8(ascii: "0") {
            let radix: Int? = switch body[body.startIndex + 1] {
            case UInt8(ascii: "x"): 16
            case UInt8(ascii: "o"): 8
            case UInt8(ascii: "b"): 2
            default: nil
            }
            if let radix {
                guard let digits = digitRun(body.dropFirst(2), radix: radix), digits.count == body.count - 2 else { return nil }
                return .integer(Int(String(decoding: digits.filter { $0 != UInt8(ascii: "_") }, as: UTF8.self), radix: radix))
            }
        }
        // Decimal: an integer part without leading zeros, then an optional fraction and exponent.
        guard let integerPart = digitRun(body, radix: 10) else { return nil }
        if integerPart.count > 1 && integerPart.first == UInt8(ascii: "0") { return nil }
        var rest = body.dropFirst(integerPart.count)
        var isFloat = false
        if rest.first == UInt8(ascii: ".") {
            guard let fraction = digitRun(rest.dropFirst(), radix: 10) else { return nil }
            rest = rest.dropFirst(1 + fraction.count)
            isFloat = true
        }
        if let e = rest.first, e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            rest = rest.dropFirst()
            if let s = rest.first, s == UInt8(ascii: "+") || s == UInt8(ascii: "-") { rest = rest.dropFirst() }
            guard let exponent = digitRun(rest, radix: 10) else { return nil }
            rest = rest.dropFirst(exponent.count)
            isFloat = true
        }
        guard rest.isEmpty else { return nil }
        let plain = String(decoding: token.filter { $0 != UInt8(ascii: "_") }, as: UTF8.self)
        if isFloat {
            guard let d = Double(plain) else { return nil }
            return .float(d)
        }
        return .integer(Int(plain))
    }

    /// The longest start of `bytes` that is digits of `radix` with single underscores
    /// between them; nil when it does not start with a digit or an underscore is misplaced.
    private static func digitRun(_ bytes: ArraySlice<UInt8>, radix: Int) -> ArraySlice<UInt8>? {
        var end = bytes.startIndex
        var lastWasDigit = false
        while end < bytes.endIndex {
            let b = bytes[end]
            if let v = hexValue(b), Int(v) < radix {
                lastWasDigit = true
            } else if b == UInt8(ascii: "_") {
                guard lastWasDigit else { return nil }
                lastWasDigit = false
            } else {
                break
            }
            end += 1
        }
        guard end > bytes.startIndex, lastWasDigit else { return nil }
        return bytes[bytes.startIndex..<end]
    }
}
