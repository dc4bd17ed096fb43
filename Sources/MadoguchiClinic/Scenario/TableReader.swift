import MadoguchiSim

/// A value at a known place in the scenario, with what an error about it needs.
package struct LocatedValue {
    package let node: ConfigNode
    package let path: ConfigKeyPath

    package init(node: ConfigNode, path: ConfigKeyPath) {
        self.node = node
        self.path = path
    }

    package func error(_ problem: ScenarioError.Problem) -> ScenarioError {
        ScenarioError(origin: node.document.origin, line: node.line, key: path.description, problem: problem)
    }

    package func wrongType(_ shape: ScenarioError.ValueShape) -> ScenarioError {
        error(.wrongType(expected: shape, found: node.summary))
    }

    /// Of two values that disagree, the one the user wrote: when a file moves `closing`
    /// before the default arrival windows end, the error belongs to its `closing`, not to
    /// defaults.toml.
    func blamed(over other: LocatedValue) -> LocatedValue {
        node.document.origin == ScenarioLoader.defaultsOrigin && other.node.document.origin != ScenarioLoader.defaultsOrigin
            ? other : self
    }
}

/// Reads the keys of one table, checking each value's type and range.
package struct TableReader {
    let located: LocatedValue
    let entries: [String: ConfigNode]
    let readKeys: ReadKeys

    package init(_ located: LocatedValue, readKeys: ReadKeys) throws(ScenarioError) {
        guard let entries = located.node.table else { throw located.wrongType(.table) }
        self.located = located
        self.entries = entries
        self.readKeys = readKeys
        readKeys.insert(located.path)
    }

    package var path: ConfigKeyPath { located.path }
    package var keys: [String] { entries.keys.sorted() }

    package func has(_ key: String) -> Bool { entries[key] != nil }

    package func value(_ key: String) throws(ScenarioError) -> LocatedValue {
        let path = located.path.appending(key)
        guard let node = entries[key] else {
            // A required key that is absent is most often a misspelt one that is present.
            let unread = entries.keys.sorted().filter { !readKeys.contains(located.path.appending($0)) }
            if let typo = unread.first(where: { Suggestion.nearest(to: $0, among: [key]) != nil }), let node = entries[typo] {
                throw ScenarioError(origin: node.document.origin, line: node.line, key: located.path.appending(typo).description,
                                    problem: .config(.unknownKey(suggestion: key, known: [key])))
            }
            throw ScenarioError(origin: located.node.document.origin, line: located.node.line,
                                key: path.description, problem: .missingKey)
        }
        readKeys.insert(path)
        return LocatedValue(node: node, path: path)
    }

    package func table(_ key: String) throws(ScenarioError) -> TableReader {
        try TableReader(value(key), readKeys: readKeys)
    }

    /// `[[key]]` blocks, at most `limit` of them; an empty array is fine.
    package func tables(_ key: String, atMost limit: Int) throws(ScenarioError) -> [TableReader] {
        let array = try value(key)
        guard case .array(let elements) = array.node.value else { throw array.wrongType(.arrayOfTables) }
        guard elements.count <= limit else { throw array.error(.tooManyTables(count: elements.count, limit: limit)) }
        var readers: [TableReader] = []
        for (i, element) in elements.enumerated() {
            let item = LocatedValue(node: element, path: array.path.appending(index: i))
            guard element.table != nil else { throw item.wrongType(.arrayOfTables) }
            readers.append(try TableReader(item, readKeys: readKeys))
        }
        return readers
    }

    package func string(_ key: String) throws(ScenarioError) -> String {
        let v = try value(key)
        guard case .string(let s) = v.node.value else { throw v.wrongType(.string) }
        return s
    }

    package func integer(_ key: String, _ rule: ScenarioError.NumberRule) throws(ScenarioError) -> Int {
        try value(key).integer(rule)
    }

    package func number(_ key: String, _ rule: ScenarioError.NumberRule) throws(ScenarioError) -> Double {
        try value(key).number(rule)
    }

    package func probability(_ key: String) throws(ScenarioError) -> Double {
        try number(key, .probability)
    }

    package func boolean(_ key: String) throws(ScenarioError) -> Bool {
        let v = try value(key)
        guard case .boolean(let b) = v.node.value else { throw v.wrongType(.boolean) }
        return b
    }

    package func clock(_ key: String) throws(ScenarioError) -> ClockTime {
        try value(key).clock()
    }

    package func date(_ key: String) throws(ScenarioError) -> CalendarDate {
        let v = try value(key)
        switch v.node.value {
        case .date(let d):
            return CalendarDate(year: d.year, month: d.month, day: d.day)
        case .string(let s):
            guard let date = CalendarDate(s) else { throw v.error(.invalidDate(s)) }
            return date
        default:
            throw v.wrongType(.date)
        }
    }

    func distribution(_ key: String) throws(ScenarioError) -> Distribution {
        try DistributionSyntax.read(value(key), readKeys: readKeys)
    }
}

extension LocatedValue {
    package func number(_ rule: ScenarioError.NumberRule) throws(ScenarioError) -> Double {
        let x: Double, written: WrittenNumber
        switch node.value {
        case .integer(let i): (x, written) = (Double(i), .integer(i))
        case .float(let d): (x, written) = (d, .float(d))
        default: throw wrongType(.number)
        }
        let ok: Bool
        switch rule {
        case .probability: ok = x >= 0 && x <= 1
        case .nonNegative: ok = x >= 0 && x.isFinite
        case .positive: ok = x > 0 && x.isFinite
        case .integerAtLeast(let n): ok = x >= Double(n)
        case .integerIn(let low, let high): ok = x >= Double(low) && x <= Double(high)
        }
        guard ok else { throw error(.invalidNumber(written, rule)) }
        return x
    }

    package func integer(_ rule: ScenarioError.NumberRule) throws(ScenarioError) -> Int {
        guard case .integer(let i) = node.value else { throw wrongType(.integer) }
        _ = try number(rule)
        return i
    }

    /// "HH:MM" (or "HH:MM:SS"); a TOML local time such as 08:30:00 is accepted too.
    package func clock() throws(ScenarioError) -> ClockTime {
        switch node.value {
        case .string(let s):
            guard let time = ClockTime(s) else { throw error(.invalidClockTime(s)) }
            return time
        case .time(let t):
            return ClockTime(seconds: Double(t.hour * 3600 + t.minute * 60 + t.second) + Double(t.nanosecond) / 1e9)
        default:
            throw wrongType(.clockTime)
        }
    }
}
