/// Reads scenarios: a built-in by name or a TOML file by path, always over the defaults in
/// Scenarios/defaults.toml, with optional `key=value` overrides (`--set`).
package enum ScenarioLoader {
    /// The built-in scenarios, `default` first, then by name.
    package static var builtinNames: [String] { BuiltinScenarios.names }

    /// Each built-in with its titles, for menus and `madoguchi list`.
    package static var builtins: [(name: String, title: String, titleJa: String)] {
        builtinNames.map { name in
            let scenario = try? load(nameOrPath: name)
            return (name, scenario?.title ?? name, scenario?.titleJa ?? name)
        }
    }

    /// Where the defaults live in the repository; named in errors about them.
    static let defaultsOrigin = "Scenarios/defaults.toml"

    /// A name without "/" and not ending in ".toml" is a built-in; anything else a path.
    package static func load(nameOrPath: String, overrides: [(key: String, value: String)] = []) throws(ScenarioError) -> Scenario {
        let (text, origin) = try text(nameOrPath: nameOrPath, builtins: BuiltinScenarios.texts, names: builtinNames,
                                      builtinOrigin: builtinOrigin)
        return try parse(text: text, origin: origin, overrides: overrides)
    }

    package static func parse(text: String, origin: String,
                             overrides: [(key: String, value: String)] = []) throws(ScenarioError) -> Scenario {
        return try parse(text: text, origin: origin, over: defaults.get(), overrides: overrides)
    }

    /// Raw bytes, e.g. a file's contents: checked to be UTF-8 text before TOML sees them.
    package static func parse(data: some Collection<UInt8>, origin: String,
                             overrides: [(key: String, value: String)] = []) throws(ScenarioError) -> Scenario {
        try parse(text: decode(data, origin: origin), origin: origin, overrides: overrides)
    }

    /// The defaults are built in and never change: read once.
    static let defaults = Result { () throws(ScenarioError) in
        try read(ConfigDocument(origin: defaultsOrigin, text: BuiltinScenarios.defaults))
    }

    /// A scenario text as a tree of values, each knowing its line.
    static func read(_ document: ConfigDocument) throws(ScenarioError) -> ConfigNode {
        do {
            return try TOMLReader.parse(document)
        } catch {
            throw ScenarioError(error)
        }
    }

    /// `over` is nil when a complete scenario, such as the defaults, must stand alone.
    static func parse(text: String, origin: String, over defaults: ConfigNode?,
                      overrides: [(key: String, value: String)]) throws(ScenarioError) -> Scenario {
        let user = try read(ConfigDocument(origin: origin, text: text))
        var root = defaults.map { ScenarioMerge.merge($0, under: user) } ?? user
        try ScenarioOverrides.apply(overrides, to: &root, origin: origin)
        let recorded = text + overrides.map { "\n# override: \($0.key)=\($0.value)" }.joined()
        return try ScenarioDecoding.decode(root, origin: origin, text: recorded)
    }

    /// The overrides a scenario's recorded text ends with (one `# override: key=value` line
    /// each, as `parse` writes them), so that a recording loads again as it ran.
    package static func recordedOverrides(_ text: String) -> [(key: String, value: String)] {
        let marker = "# override: "
        return text.split(separator: "\n").compactMap { line in
            guard line.hasPrefix(marker), let equals = line.firstIndex(of: "=") else { return nil }
            return (String(line[line.index(line.startIndex, offsetBy: marker.count)..<equals]),
                    String(line[line.index(after: equals)...]))
        }
    }

    /// A scenario file that also holds a table of another kind, such as a lesson's `[lesson]`:
    /// the scenario is decoded as any other, and the table is handed back to its own reader.
    package static func parse(text: String, origin: String, withTable name: String,
                              overrides: [(key: String, value: String)] = []) throws(ScenarioError) -> (Scenario, LocatedValue) {
        var user = try read(ConfigDocument(origin: origin, text: text))
        let path = ConfigKeyPath.root.appending(name)
        guard var entries = user.table, let table = entries.removeValue(forKey: name) else {
            throw ScenarioError(origin: origin, key: name, problem: .missingKey)
        }
        user.value = .table(entries)
        var root = ScenarioMerge.merge(try defaults.get(), under: user)
        try ScenarioOverrides.apply(overrides, to: &root, origin: origin)
        let recorded = text + overrides.map { "\n# override: \($0.key)=\($0.value)" }.joined()
        return (try ScenarioDecoding.decode(root, origin: origin, text: recorded), LocatedValue(node: table, path: path))
    }

    /// The text of a file, or of a built-in in `texts` by name, with the origin its errors
    /// name; errors as for scenarios, listing the built-ins as `names` orders them.
    package static func text(nameOrPath: String, builtins texts: [String: String], names: [String]? = nil,
                             builtinOrigin: (String) -> String) throws(ScenarioError) -> (text: String, origin: String) {
        let isPath = nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml")
        if !isPath, let text = texts[nameOrPath] { return (text, builtinOrigin(nameOrPath)) }
        let bytes: [UInt8]
        do {
            bytes = try ConfigFile.read(nameOrPath)
        } catch where error.problem == .notFound {
            throw ScenarioError(origin: nameOrPath, problem: .fileNotFound(builtinNames: names ?? texts.keys.sorted()))
        } catch {
            throw ScenarioError(error)
        }
        return (try decode(bytes, origin: nameOrPath), nameOrPath)
    }

    /// A file's bytes as text: within the size limit, and UTF-8.
    static func decode(_ bytes: some Collection<UInt8>, origin: String) throws(ScenarioError) -> String {
        do {
            return try ConfigText.decode(bytes, origin: origin)
        } catch {
            throw ScenarioError(error)
        }
    }

    static func builtinOrigin(_ name: String) -> String { "Scenarios/\(name).toml" }
}
