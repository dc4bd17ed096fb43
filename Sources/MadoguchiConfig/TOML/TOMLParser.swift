/// The state of one read through a TOML document: a cursor over its UTF-8 bytes that knows
/// its line, and the section being filled. One file per part of the grammar extends it.
struct TOMLParser {
    let bytes: [UInt8]
    let document: ConfigDocument
    let limits: ConfigLimits
    var pos = 0
    var line = 1
    var lineStart = 0
    /// Numbers the `[header]` sections, and (negative) inline tables, so a table made by
    /// dotted keys can be extended only from where it was made.
    var section = 0
    var inlineTables = 0

    init(bytes: [UInt8], document: ConfigDocument, limits: ConfigLimits) {
        self.bytes = bytes
        self.document = document
        self.limits = limits
    }

    /// The whole document: lines of `key = value`, `[table]` and `[[array.of.tables]]`.
    mutating func parseDocument() throws(ConfigError) -> TableBuilder {
        let root = TableBuilder(.root, line: nil)
        var current = root
        var currentPath: [String] = []
        while true {
            skipWhitespace()
            guard let b = peek() else { break }
            switch b {
            case UInt8(ascii: "#"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                break
            case UInt8(ascii: "["):
                (current, currentPath) = try parseHeader(root)
            default:
                try parseKeyValue(into: current, path: currentPath, section: section)
            }
            try endLine()
            if isAtEnd { break }
        }
        return root
    }

    /// After a key/value pair or a header: spaces, a comment, then the end of the line.
    mutating func endLine() throws(ConfigError) {
        skipWhitespace()
        skipComment()
        if isAtEnd { return }
        guard takeNewline() else { throw fail(.expectedLineEnd) }
    }

    /// `[a.b]` or `[[a.b]]`: the table that the following keys go into.
    mutating func parseHeader(_ root: TableBuilder) throws(ConfigError) -> (TableBuilder, [String]) {
        let mark = position
        pos += 1
        let isArray = peek() == UInt8(ascii: "[")
        if isArray { pos += 1 }
        skipWhitespace()
        let key = try parseKey(depth: 0)
        skipWhitespace()
        for _ in 0..<(isArray ? 2 : 1) {
            guard peek() == UInt8(ascii: "]") else { throw fail(.expectedHeaderEnd(arrayOfTables: isArray)) }
            pos += 1
        }
        section += 1
        var table = root
        var depth = 0
        do throws(TableBuilder.Conflict) {
            for part in key.dropLast() {
                table = try table.descendForHeader(part, line: mark.line)
                depth += 1
            }
            table = isArray ? try table.appendTable(key[key.count - 1], line: mark.line)
                            : try table.defineTable(key[key.count - 1], line: mark.line)
        } catch {
            throw fail(error.problem(Self.dotted(key[...depth])), at: mark)
        }
        return (table, key)
    }

    /// `a.b.c = value` into `table`, which sits at `path` in the document.
    mutating func parseKeyValue(into table: TableBuilder, path: [String], section: Int) throws(ConfigError) {
        let mark = position
        let key = try parseKey(depth: path.count)
        skipWhitespace()
        guard peek() == UInt8(ascii: "=") else { throw fail(.expectedEquals) }
        pos += 1
        skipWhitespace()
        let value = try parseValue(depth: path.count + key.count)
        let node = ConfigNode(value: value, document: document, line: mark.line)
        try insert(key, node, into: table, section: section, at: mark, under: path)
    }

    /// Puts a value at a dotted key below `table`, creating the tables on the way.
    mutating func insert(_ key: [String], _ node: ConfigNode, into table: TableBuilder, section: Int,
                         at mark: Mark, under path: [String]) throws(ConfigError) {
        var target = table
        var depth = 0
        do throws(TableBuilder.Conflict) {
            for part in key.dropLast() {
                target = try target.descendForKey(part, line: mark.line, section: section)
                depth += 1
            }
            try target.setValue(key[key.count - 1], node)
        } catch {
            throw fail(error.problem(Self.dotted(path + key[...depth])), at: mark)
        }
    }

    static func dotted(_ parts: some Collection<String>) -> String {
        parts.map { part in
            part.utf8.allSatisfy(isBareKeyByte) && !part.isEmpty ? part : "\"\(part)\""
        }.joined(separator: ".")
    }
}
