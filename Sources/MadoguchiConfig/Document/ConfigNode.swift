import Foundation

/// One value of a configuration file, tagged with the document and line it was written on,
/// so that any later check (a wrong type, an unknown key) can say where to look.
package struct ConfigNode: Sendable {
    package enum Value: Sendable, Equatable {
        case string(String)
        case integer(Int)
        case float(Double)
        case boolean(Bool)
        case date(LocalDate)
        case time(LocalTime)
        case dateTime(DateTime)
        case array([ConfigNode])
        case table([String: ConfigNode])
    }

    package var value: Value
    package var document: ConfigDocument
    /// The line the key (or array element, or `[header]`) stands on; nil for a value that
    /// came from no file line, such as a `--set` override.
    package var line: Int?

    package init(value: Value, document: ConfigDocument, line: Int? = nil) {
        self.value = value
        self.document = document
        self.line = line
    }

    package var table: [String: ConfigNode]? {
        if case .table(let entries) = value { return entries }
        return nil
    }

    package var string: String? {
        if case .string(let s) = value { return s }
        return nil
    }

    /// How the value reads in a message: `string "abc"`, `integer 3`, `table`.
    package var summary: String {
        switch value {
        case .string(let s): return "string \"\(s.count > 40 ? s.prefix(40) + "…" : s)\""
        case .integer(let i): return "integer \(i)"
        case .float(let d): return "number \(d.formatted)"
        case .boolean(let b): return "boolean \(b)"
        case .date(let d): return "date \(d)"
        case .time(let t): return "time \(t)"
        case .dateTime(let t): return "date-time \(t)"
        case .array: return "array"
        case .table: return "table"
        }
    }

    /// The kind of value, for messages that name what was found.
    package var kind: ValueKind {
        switch value {
        case .string: .string
        case .integer: .integer
        case .float: .float
        case .boolean: .boolean
        case .date, .time, .dateTime: .dateTime
        case .array: .array
        case .table: .table
        }
    }
}

/// Equality of values only: where they were written does not matter.
extension ConfigNode: Equatable {
    package static func == (a: ConfigNode, b: ConfigNode) -> Bool { a.value == b.value }
}

/// The kinds of TOML value.
package enum ValueKind: Sendable, Equatable {
    case string, integer, float, boolean, dateTime, array, table
}

extension Double {
    /// Numbers in messages: whole numbers without ".0", others to six significant digits.
    package var formatted: String {
        if isNaN { return "nan" }
        if isInfinite { return self > 0 ? "inf" : "-inf" }
        if self == rounded(), abs(self) < 1e15 { return String(Int64(self)) }
        return String(format: "%.6g", self)
    }
}
