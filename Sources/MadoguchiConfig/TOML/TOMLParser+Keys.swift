/// Keys: bare (`desks`), quoted (`"名前"`, `'a.b'`) and dotted (`mix.path.none`).
extension TOMLParser {
    /// A dotted key's parts; `depth` is how deep the table it goes into already is.
    mutating func parseKey(depth: Int) throws(ConfigError) -> [String] {
        var parts: [String] = []
        while true {
            let mark = position
            parts.append(try parseSimpleKey())
            if depth + parts.count > limits.depth { throw fail(.tooDeep(limit: limits.depth), at: mark) }
            skipWhitespace()
            guard peek() == UInt8(ascii: ".") else { return parts }
            pos += 1
            skipWhitespace()
        }
    }

    private mutating func parseSimpleKey() throws(ConfigError) -> String {
        switch peek() {
        case UInt8(ascii: "\"")?:
            return try parseBasicString()
        case UInt8(ascii: "'")?:
            return try parseLiteralString()
        default:
            let start = pos
            while pos < bytes.count, Self.isBareKeyByte(bytes[pos]) { pos += 1 }
            guard pos > start else { throw fail(.expectedKey) }
            guard pos - start <= limits.stringBytes else {
                throw fail(.stringTooLong(limit: limits.stringBytes), at: position)
            }
            return String(decoding: bytes[start..<pos], as: UTF8.self)
        }
    }
}
