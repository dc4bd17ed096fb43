/// A value after `=` or in an array: which kind is decided by its first characters.
extension TOMLParser {
    /// `depth` is the level the value sits at; arrays and inline tables nest one deeper.
    mutating func parseValue(depth: Int) throws(ConfigError) -> ConfigNode.Value {
        guard depth <= limits.depth else { throw fail(.tooDeep(limit: limits.depth), at: position) }
        guard let b = peek() else { throw fail(.expectedValue) }
        switch b {
        case UInt8(ascii: "\""):
            return .string(peek(is: "\"\"\"") ? try parseMultilineString(quote: b) : try parseBasicString())
        case UInt8(ascii: "'"):
            return .string(peek(is: "'''") ? try parseMultilineString(quote: b) : try parseLiteralString())
        case UInt8(ascii: "t") where peek(is: "true"):
            pos += 4
            return .boolean(true)
        case UInt8(ascii: "f") where peek(is: "false"):
            pos += 5
            return .boolean(false)
        case UInt8(ascii: "["):
            return try parseArray(depth: depth)
        case UInt8(ascii: "{"):
            return try parseInlineTable(depth: depth)
        case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "i"), UInt8(ascii: "n"), 0x30...0x39:
            return try parseNumberOrDateTime()
        default:
            throw fail(.expectedValue)
        }
    }

    /// `[1, 2, 3]`, over several lines and with comments if need be, a comma after the last
    /// element allowed.
    private mutating func parseArray(depth: Int) throws(ConfigError) -> ConfigNode.Value {
        let open = position
        pos += 1
        var elements: [ConfigNode] = []
        while true {
            skipArraySpace()
            if peek() == UInt8(ascii: "]") { break }
            if isAtEnd { throw fail(.unterminatedArray, at: open) }
            let elementLine = line
            let value = try parseValue(depth: depth + 1)
            elements.append(ConfigNode(value: value, document: document, line: elementLine))
            skipArraySpace()
            if peek() == UInt8(ascii: ",") {
                pos += 1
            } else if peek() == UInt8(ascii: "]") {
                break
            } else {
                throw fail(.unterminatedArray, at: isAtEnd ? open : position)
            }
        }
        pos += 1
        return .array(elements)
    }

    private mutating func skipArraySpace() {
        while true {
            skipWhitespace()
            skipComment()
            if !takeNewline() { return }
        }
    }

    /// `{ fg = "red", attributes = ["bold"] }`: on one line, no comma after the last pair,
    /// complete once closed.
    private mutating func parseInlineTable(depth: Int) throws(ConfigError) -> ConfigNode.Value {
        pos += 1
        inlineTables += 1
        let id = -inlineTables
        // Defined here once and for all: it becomes a value as soon as it is closed.
        let table = TableBuilder(.header, line: line)
        skipWhitespace()
        if peek() == UInt8(ascii: "}") {
            pos += 1
            return table.node(document).value
        }
        while true {
            skipWhitespace()
            switch peek() {
            case nil, 0x0A?, 0x0D?, UInt8(ascii: "#")?: throw fail(.unterminatedInlineTable)
            case UInt8(ascii: "}")?: throw fail(.trailingCommaInInlineTable)
            default: break
            }
            let mark = position
            let key = try parseKey(depth: depth)
            skipWhitespace()
            guard peek() == UInt8(ascii: "=") else { throw fail(.expectedEquals) }
            pos += 1
            skipWhitespace()
            let node = ConfigNode(value: try parseValue(depth: depth + key.count), document: document, line: mark.line)
            try insert(key, node, into: table, section: id, at: mark, under: [])
            skipWhitespace()
            if peek() == UInt8(ascii: ",") {
                pos += 1
            } else if peek() == UInt8(ascii: "}") {
                pos += 1
                return table.node(document).value
            } else {
                throw fail(.unterminatedInlineTable)
            }
        }
    }
}
