import Foundation

/// Reads scenarios: a built-in by name or a TOML file by path, always over the defaults in
/// Scenarios/defaults.toml, with optional `key=value` overrides for sweeps.
public enum ScenarioLoader {
    /// The built-in scenarios, `default` first, then by name.
    public static var builtinNames: [String] { BuiltinScenarios.names }

    /// Each built-in with its titles, for menus and `madoguchi list`.
    public static var builtins: [(name: String, title: String, titleJa: String)] {
        builtinNames.map { name in
            let scenario = try? load(nameOrPath: name)
            return (name, scenario?.title ?? name, scenario?.titleJa ?? name)
        }
    }

    /// Where the defaults live in the repository; named in errors about them.
    static let defaultsOrigin = "Scenarios/defaults.toml"

    /// A name without "/" and not ending in ".toml" is a built-in; anything else a path.
    public static func load(nameOrPath: String, overrides: [(key: String, value: String)] = []) throws(ScenarioError) -> Scenario {
        let isPath = nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml")
        if !isPath, let text = BuiltinScenarios.texts[nameOrPath] {
            return try parse(text: text, origin: builtinOrigin(nameOrPath), overrides: overrides)
        }
        return try parse(data: ScenarioFile.read(nameOrPath), origin: nameOrPath, overrides: overrides)
    }

    public static func parse(text: String, origin: String,
                             overrides: [(key: String, value: String)] = []) throws(ScenarioError) -> Scenario {
        let defaults = try TOMLDocument.parse(SourceDocument(origin: defaultsOrigin, text: BuiltinScenarios.defaults))
        return try parse(text: text, origin: origin, over: defaults, overrides: overrides)
    }

    /// Raw bytes, e.g. a file's contents: checked to be UTF-8 text before TOML sees them.
    public static func parse(data: some Collection<UInt8>, origin: String,
                             overrides: [(key: String, value: String)] = []) throws(ScenarioError) -> Scenario {
        try parse(text: ScenarioFile.text(of: data, origin: origin), origin: origin, overrides: overrides)
    }

    /// `over` is nil when a complete scenario, such as the defaults, must stand alone.
    static func parse(text: String, origin: String, over defaults: ScenarioNode?,
                      overrides: [(key: String, value: String)]) throws(ScenarioError) -> Scenario {
        let user = try TOMLDocument.parse(SourceDocument(origin: origin, text: text))
        var root = defaults.map { ScenarioMerge.merge($0, under: user) } ?? user
        try ScenarioOverrides.apply(overrides, to: &root, origin: origin)
        let recorded = text + overrides.map { "\n# override: \($0.key)=\($0.value)" }.joined()
        return try ScenarioDecoding.decode(root, origin: origin, text: recorded)
    }

    /// A scenario file that also holds a table of another kind, such as a lesson's `[lesson]`:
    /// the scenario is decoded as any other, and the table is handed back to its own reader.
    package static func parse(text: String, origin: String, withTable name: String) throws(ScenarioError) -> (Scenario, LocatedValue) {
        let defaults = try TOMLDocument.parse(SourceDocument(origin: defaultsOrigin, text: BuiltinScenarios.defaults))
        var user = try TOMLDocument.parse(SourceDocument(origin: origin, text: text))
        let path = ScenarioKeyPath.root.appending(name)
        guard var entries = user.table, let table = entries.removeValue(forKey: name) else {
            throw ScenarioError(origin: origin, key: name, problem: .missingKey)
        }
        user.value = .table(entries)
        let root = ScenarioMerge.merge(defaults, under: user)
        return (try ScenarioDecoding.decode(root, origin: origin, text: text), LocatedValue(node: table, path: path))
    }

    /// The text of a file, or of a built-in in `texts` by name, with the origin its errors
    /// name; errors as for scenarios.
    package static func text(nameOrPath: String, builtins texts: [String: String],
                             builtinOrigin: (String) -> String) throws(ScenarioError) -> (text: String, origin: String) {
        let isPath = nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml")
        if !isPath, let text = texts[nameOrPath] { return (text, builtinOrigin(nameOrPath)) }
        let bytes = try ScenarioFile.read(nameOrPath, builtinNames: texts.keys.sorted())
        return (try ScenarioFile.text(of: bytes, origin: nameOrPath), nameOrPath)
    }

    static func builtinOrigin(_ name: String) -> String { "Scenarios/\(name).toml" }
}
