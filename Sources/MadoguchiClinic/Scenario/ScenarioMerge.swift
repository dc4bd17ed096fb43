/// How a user's scenario goes over the defaults.
enum ScenarioMerge {
    /// Sections (`[scenario]`, `[staff]`, `[mix]`, `[times]` …) merge key by key; whatever
    /// sits inside a section (a number, the arrivals array, one mix, one distribution) is a
    /// single value that replaces the default whole, so a user's `card_flow = { dist =
    /// "exponential", mean = 40 }` never picks up the default's `median`.
    static func merge(_ base: ConfigNode, under top: ConfigNode, depth: Int = 0) -> ConfigNode {
        guard depth < 2, let baseEntries = base.table, let topEntries = top.table else { return top }
        var entries = baseEntries
        for (key, value) in topEntries {
            entries[key] = entries[key].map { merge($0, under: value, depth: depth + 1) } ?? value
        }
        return ConfigNode(value: .table(entries), document: top.document)
    }
}
