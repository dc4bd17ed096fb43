/// `--set key=value`: the value is read as TOML and set at the dotted key in the
/// merged scenario, before any validation.
enum ScenarioOverrides {
    static func apply(_ overrides: [(key: String, value: String)], to root: inout ConfigNode,
                      origin: String) throws(ScenarioError) {
        for (key, value) in overrides {
            let document = ConfigDocument(origin: "\(origin) [override \(key)=\(value)]", text: "")
            guard let path = ConfigKeyPath(dotted: key) else {
                throw ScenarioError(origin: origin, key: key, problem: .override("\(key)=\(value)"))
            }
            try set(parse(value, document), at: path.components[...], in: &root, walked: .root, document: document)
        }
    }

    /// `3` is an integer and `"x"` a string; text that is not TOML (`Busy morning`) is taken
    /// as a string, which a key wanting a number will still reject with a clear message.
    private static func parse(_ value: String, _ document: ConfigDocument) -> ConfigNode {
        let probe = ConfigDocument(origin: document.origin, text: "v = \(value)")
        if !value.contains(where: \.isNewline), let parsed = try? TOMLReader.parse(probe),
           let node = parsed.table?["v"], parsed.table?.count == 1 {
            return detached(node, document)
        }
        return ConfigNode(value: .string(value), document: document)
    }

    /// The value as if written in no file: the probe's line 1 means nothing to a user.
    private static func detached(_ node: ConfigNode, _ document: ConfigDocument) -> ConfigNode {
        let value: ConfigNode.Value = switch node.value {
        case .array(let elements): .array(elements.map { detached($0, document) })
        case .table(let entries): .table(entries.mapValues { detached($0, document) })
        default: node.value
        }
        return ConfigNode(value: value, document: document)
    }

    private static func set(_ value: ConfigNode, at rest: ArraySlice<ConfigKeyPath.Component>,
                            in node: inout ConfigNode, walked: ConfigKeyPath,
                            document: ConfigDocument) throws(ScenarioError) {
        guard let component = rest.first else {
            node = value
            return
        }
        let here: ConfigKeyPath
        switch (component, node.value) {
        case (.key(let key), .table(var entries)):
            here = walked.appending(key)
            if rest.count == 1 {
                entries[key] = value
            } else {
                guard var child = entries[key] else {
                    throw unknown(here, known: entries.keys.sorted(), document)
                }
                try set(value, at: rest.dropFirst(), in: &child, walked: here, document: document)
                entries[key] = child
            }
            node.value = .table(entries)
            // A table inside a section (a mix, a distribution) is one value: once an
            // override has changed part of it, errors about it are the override's.
            if walked.components.count >= 2 { node.document = document }
        case (.index(let index), .array(var elements)) where elements.indices.contains(index):
            here = walked.appending(index: index)
            try set(value, at: rest.dropFirst(), in: &elements[index], walked: here, document: document)
            node.value = .array(elements)
        case (.index(let index), .array(let elements)):
            let known = elements.indices.map { walked.appending(index: $0).description }
            throw unknown(walked.appending(index: index), known: known, document)
        case (.key(let key), _):
            throw unknown(walked.appending(key), known: [], document)
        case (.index(let index), _):
            throw unknown(walked.appending(index: index), known: [], document)
        }
    }

    private static func unknown(_ path: ConfigKeyPath, known: [String], _ document: ConfigDocument) -> ScenarioError {
        let suggestion = path.lastKey.flatMap { Suggestion.nearest(to: $0, among: known) }
        return ScenarioError(origin: document.origin, key: path.description,
                             problem: .config(.unknownKey(suggestion: suggestion, known: known)))
    }
}
