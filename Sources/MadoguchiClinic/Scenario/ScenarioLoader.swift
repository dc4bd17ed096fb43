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
        let bytes: [UInt8]
        do {
            bytes = try ConfigFile.read(nameOrPath)
        } catch where error.problem == .notFound {
            throw ScenarioError(origin: nameOrPath, problem: .fileNotFound(builtinNames: BuiltinScenarios.names))
        } catch {
            throw ScenarioError(error)
        }
        return try parse(data: bytes, origin: nameOrPath, overrides: overrides)
    }

    public static func parse(text: String, origin: String,
                             overrides: [(key: String, value: String)] = []) throws(ScenarioError) -> Scenario {
        return try parse(text: text, origin: origin, over: defaults.get(), overrides: overrides)
    }

    /// Raw bytes, e.g. a file's contents: checked to be UTF-8 text before TOML sees them.
    public static func parse(data: some Collection<UInt8>, origin: String,
                             overrides: [(key: String, value: String)] = []) throws(ScenarioError) -> Scenario {
        let text: String
        do {
            text = try ConfigText.decode(data, origin: origin)
        } catch {
            throw ScenarioError(error)
        }
        return try parse(text: text, origin: origin, overrides: overrides)
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

    static func builtinOrigin(_ name: String) -> String { "Scenarios/\(name).toml" }
}
