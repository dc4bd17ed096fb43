/// Finds the line that defines a key, by scanning table headers and `key =` lines.
/// TOMLKit reports positions only for syntax errors, so semantic errors locate their key
/// here; an approximate line (the enclosing table or inline value) beats none.
struct KeyLocator {
    private var entries: [(line: Int, path: ScenarioKeyPath)] = []

    init(text: String) {
        var header = ScenarioKeyPath.root
        var arrayCounts: [ScenarioKeyPath: Int] = [:]
        var inMultilineString = false
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.drop(while: { $0 == " " || $0 == "\t" })
            let quoteRuns = line.ranges(of: "\"\"\"").count + line.ranges(of: "'''").count
            defer { if quoteRuns % 2 == 1 { inMultilineString.toggle() } }
            if inMultilineString { continue }
            if line.hasPrefix("[[") {
                guard let keys = Self.keys(line.dropFirst(2).prefix(while: { $0 != "]" })) else { continue }
                let table = ScenarioKeyPath(keys.map { .key($0) })
                let index = arrayCounts[table, default: 0]
                arrayCounts[table] = index + 1
                header = table.appending(index: index)
                entries.append((offset + 1, header))
            } else if line.hasPrefix("[") {
                guard let keys = Self.keys(line.dropFirst().prefix(while: { $0 != "]" })) else { continue }
                header = ScenarioKeyPath(keys.map { .key($0) })
                entries.append((offset + 1, header))
            } else if let equals = Self.firstUnquoted("=", in: line), let keys = Self.keys(line[..<equals]) {
                entries.append((offset + 1, ScenarioKeyPath(header.components + keys.map { .key($0) })))
            }
        }
    }

    /// The exact key's line, else the line of the longest enclosing key or table header.
    func line(of path: ScenarioKeyPath) -> Int? {
        var best: (line: Int, depth: Int)?
        for entry in entries where path.hasPrefix(entry.path) && !entry.path.components.isEmpty {
            let depth = entry.path.components.count
            if best == nil || depth > best!.depth { best = (entry.line, depth) }
        }
        return best?.line
    }

    /// A dotted key of bare or quoted parts; nil when the text is not a key at all.
    private static func keys(_ text: Substring) -> [String]? {
        var parts: [String] = []
        var current = ""
        var quote: Character?
        var sawContent = false
        for ch in text {
            if let q = quote {
                if ch == q { quote = nil } else { current.append(ch) }
            } else if ch == "\"" || ch == "'" {
                quote = ch
                sawContent = true
            } else if ch == "." {
                guard sawContent else { return nil }
                parts.append(current)
                current = ""
                sawContent = false
            } else if ch == " " || ch == "\t" {
                continue
            } else if ch.isASCII && (ch.isLetter || ch.isNumber || ch == "_" || ch == "-") {
                current.append(ch)
                sawContent = true
            } else {
                return nil
            }
        }
        guard quote == nil, sawContent else { return nil }
        return parts + [current]
    }

    private static func firstUnquoted(_ target: Character, in text: Substring) -> Substring.Index? {
        var quote: Character?
        for i in text.indices {
            let ch = text[i]
            if let q = quote {
                if ch == q { quote = nil }
            } else if ch == "\"" || ch == "'" {
                quote = ch
            } else if ch == "#" {
                return nil
            } else if ch == target {
                return i
            }
        }
        return nil
    }
}
