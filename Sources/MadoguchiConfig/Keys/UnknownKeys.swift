/// Whatever a loader did not read is a key it does not know: report the first one in the
/// file, with the nearest known key at the same level. Each key carries its line, so this
/// is one walk over the tree however many unknown keys there are.
package enum UnknownKeys {
    /// Checks the whole file, or one table of it (`under`) that its own reader decoded.
    package static func check(_ root: ConfigNode, under path: ConfigKeyPath = .root,
                             readKeys: ReadKeys) throws(ConfigError) {
        var first: (node: ConfigNode, path: ConfigKeyPath, key: String, known: [String])?
        collect(root, path: path, readKeys: readKeys) { node, path, key, known in
            let description = path.description
            if let current = first {
                let a = (node.line ?? .max, description), b = (current.node.line ?? .max, current.path.description)
                guard a < b else { return }
            }
            first = (node, path, key, known)
        }
        if let first {
            throw ConfigError(origin: first.node.document.origin, line: first.node.line, key: first.path.description,
                              problem: .unknownKey(suggestion: Suggestion.nearest(to: first.key, among: first.known),
                                                   known: first.known))
        }
    }

    private static func collect(_ node: ConfigNode, path: ConfigKeyPath, readKeys: ReadKeys,
                                found: (ConfigNode, ConfigKeyPath, String, [String]) -> Void) {
        switch node.value {
        case .table(let entries):
            var known: [String]?
            for (key, child) in entries {
                let childPath = path.appending(key)
                if readKeys.contains(childPath) {
                    collect(child, path: childPath, readKeys: readKeys, found: found)
                } else {
                    if known == nil { known = readKeys.known(in: path, present: entries.keys) }
                    found(child, childPath, key, known!)
                }
            }
        case .array(let elements):
            for (i, element) in elements.enumerated() where readKeys.contains(path.appending(index: i)) {
                collect(element, path: path.appending(index: i), readKeys: readKeys, found: found)
            }
        default:
            break
        }
    }
}
