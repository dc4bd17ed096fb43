/// One TOML value of a scenario, detached from TOMLKit (whose values are not Sendable and
/// cannot be merged) and tagged with the document it came from.
package struct ScenarioNode: Sendable {
    package enum Value: Sendable {
        case string(String)
        case integer(Int)
        case float(Double)
        case boolean(Bool)
        case date(year: Int, month: Int, day: Int)
        case time(hour: Int, minute: Int, second: Int)
        case dateTime(String)
        case array([ScenarioNode])
        case table([String: ScenarioNode])
    }

    package var value: Value
    var document: SourceDocument

    package var table: [String: ScenarioNode]? {
        if case .table(let entries) = value { return entries }
        return nil
    }

    /// How the value reads in a message: `string "abc"`, `integer 3`, `table`.
    var summary: String {
        switch value {
        case .string(let s): return "string \"\(s.count > 40 ? s.prefix(40) + "…" : s)\""
        case .integer(let i): return "integer \(i)"
        case .float(let d): return "number \(d.formatted)"
        case .boolean(let b): return "boolean \(b)"
        case .date(let y, let m, let d): return "date \(y)-\(m)-\(d)"
        case .time(let h, let m, let s): return "time \(h):\(m):\(s)"
        case .dateTime(let text): return "date-time \(text)"
        case .array: return "array"
        case .table: return "table"
        }
    }
}
