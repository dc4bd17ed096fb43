/// Whatever the decoder did not read is a key it does not know: report the first one in
/// the file, with the nearest known key at the same level.
package enum UnknownKeys {
    /// Checks the whole file, or one table of it (`under`) that its own reader decoded.
    package static func check(_ root: ScenarioNode, under path: ScenarioKeyPath = .root,
                              readKeys: ReadKeys) throws(ScenarioError) {
        var found: [ScenarioError] = []
        collect(root, path: path, readKeys: readKeys, into: &found)
        if let first = found.min(by: { ($0.line ?? .max, $0.key ?? "") < ($1.line ?? .max, $1.key ?? "") }) {
            throw first
        }
    }

    private static func collect(_ node: ScenarioNode, path: ScenarioKeyPath, readKeys: ReadKeys,
                                into found: inout [ScenarioError]) {
        switch node.value {
        case .table(let entries):
            let known = entries.keys.filter { readKeys.contains(path.appending($0)) }.sorted()
            for (key, child) in entries {
                let childPath = path.appending(key)
                if readKeys.contains(childPath) {
                    collect(child, path: childPath, readKeys: readKeys, into: &found)
                } else {
                    found.append(ScenarioError(origin: child.document.origin, line: child.document.line(of: childPath),
                                               key: childPath.description,
                                               problem: .unknownKey(suggestion: Suggestion.nearest(to: key, among: known),
                                                                    known: known)))
                }
            }
        case .array(let elements):
            for (i, element) in elements.enumerated() where readKeys.contains(path.appending(index: i)) {
                collect(element, path: path.appending(index: i), readKeys: readKeys, into: &found)
            }
        default:
            break
        }
    }
}
