import TOMLKit

/// Turns a scenario text into a tree of `ScenarioNode`s, or a `ScenarioError` with a line.
enum TOMLDocument {
    static func parse(_ document: SourceDocument) throws(ScenarioError) -> ScenarioNode {
        try rejectControlCharacters(document)
        let table: TOMLTable
        do {
            table = try TOMLTable(string: document.text)
        } catch let error as TOMLParseError {
            throw ScenarioError(origin: document.origin, line: error.source.begin.line,
                                column: error.source.begin.column, problem: .syntax(error.description))
        } catch {
            throw ScenarioError(origin: document.origin, problem: .syntax(String(describing: error)))
        }
        return node(table, document)
    }

    /// TOMLKit hands the text to C as a C string, so a NUL would silently cut the file short;
    /// TOML forbids control characters other than tab and line breaks anyway.
    private static func rejectControlCharacters(_ document: SourceDocument) throws(ScenarioError) {
        var line = 1, column = 1
        for scalar in document.text.unicodeScalars {
            let v = scalar.value
            if v == 0x0A {
                line += 1
                column = 1
                continue
            }
            if (v < 0x20 && v != 0x09 && v != 0x0D) || v == 0x7F {
                throw ScenarioError(origin: document.origin, line: line, column: column,
                                    problem: .controlCharacter(codePoint: v))
            }
            column += 1
        }
    }

    private static func node(_ value: TOMLValueConvertible, _ document: SourceDocument) -> ScenarioNode {
        ScenarioNode(value: convert(value, document), document: document)
    }

    /// TOMLKit's typed accessors return nil only on a type mismatch, which `type` rules out;
    /// the fallbacks keep a surprise from trapping.
    private static func convert(_ value: TOMLValueConvertible, _ document: SourceDocument) -> ScenarioNode.Value {
        switch value.type {
        case .table:
            var entries: [String: ScenarioNode] = [:]
            for (key, child) in value.table ?? TOMLTable() { entries[key] = node(child, document) }
            return .table(entries)
        case .array: return .array((value.array ?? TOMLArray()).map { node($0, document) })
        case .string: return .string(value.string ?? "")
        case .int: return .integer(value.int ?? 0)
        case .double: return .float(value.double ?? .nan)
        case .bool: return .boolean(value.bool ?? false)
        case .date:
            guard let d = value.date else { return .dateTime("?") }
            return .date(year: d.year, month: d.month, day: d.day)
        case .time:
            guard let t = value.time else { return .dateTime("?") }
            return .time(hour: t.hour, minute: t.minute, second: t.second)
        case .dateTime: return .dateTime(value.dateTime?.debugDescription ?? "?")
        }
    }
}
