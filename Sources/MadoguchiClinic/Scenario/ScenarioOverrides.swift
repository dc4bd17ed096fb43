/// `--set key=value`: the value is read as TOML and set at the dotted key in the
/// merged scenario, before any validation.
enum ScenarioOverrides {
    static func apply(_ overrides: [(key: String, value: String)], to root: inout ConfigNode,
                      origin: String) throws(ScenarioError) {
        for (key, value) in overrides + rebalanced(overrides, in: root) {
            let document = ConfigDocument(origin: "\(origin) [override \(key)=\(value)]", text: "")
            guard let path = ConfigKeyPath(dotted: key) else {
                throw ScenarioError(origin: origin, key: key, problem: .override("\(key)=\(value)"))
            }
            try set(parse(value, document), at: path.components[...], in: &root, walked: .root, document: document)
        }
    }

    /// Setting one share of a `[mix.*]` table (`mix.path.myna_card=0.6`, a sweep's card
    /// share) rescales the table's other shares in proportion, so that they still sum to 1 and
    /// keep their ratios; without it every point would have to set all of them. A mix with
    /// more than one share set is left as given. Works on any mix table, whatever its keys.
    static func rebalanced(_ overrides: [(key: String, value: String)],
                           in root: ConfigNode) -> [(key: String, value: String)] {
        let shares = overrides.compactMap { override -> (mix: String, option: String, share: Double)? in
            guard let path = ConfigKeyPath(dotted: override.key), path.components.count == 3,
                  case .key("mix") = path.components[0], case .key(let mix) = path.components[1],
                  case .key(let option) = path.components[2], let share = Double(override.value) else { return nil }
            return (mix, option, share)
        }
        var added: [(key: String, value: String)] = []
        for (mix, set) in Dictionary(grouping: shares, by: \.mix).sorted(by: { $0.key < $1.key }) where set.count == 1 {
            // An option the table does not name yet (a what-if path) is rebalanced in too.
            guard let table = root.table?["mix"]?.table?[mix]?.table, table[set[0].option].map({ $0.number != nil }) ?? true,
                  (0...1).contains(set[0].share) else { continue }
            let others = table.compactMap { key, node in key == set[0].option ? nil : node.number.map { (key, $0) } }
            let rest = others.reduce(0) { $0 + $1.1 }
            guard rest > 0 else { continue }
            for (option, share) in others.sorted(by: { $0.0 < $1.0 }) {
                added.append((key: "mix.\(mix).\(option)", value: String(share * (1 - set[0].share) / rest)))
            }
        }
        return added
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

private extension ConfigNode {
    var number: Double? {
        switch value {
        case .integer(let i): Double(i)
        case .float(let d): d
        default: nil
        }
    }
}
