import MadoguchiClinic

/// A colour scheme: roles mapped to colours and attributes (htop's semantic colour table).
/// A role a theme leaves out looks like `text`.
package struct Theme: Equatable, Sendable {
    package let name: String
    package let styles: [Role: RoleStyle]

    package init(name: String, styles: [Role: RoleStyle]) {
        self.name = name
        self.styles = styles
    }

    package func style(for role: Role) -> RoleStyle {
        styles[role] ?? styles[.text] ?? RoleStyle()
    }

    /// The built-in themes, in the order a "next theme" key cycles through them.
    package static let builtinNames = ["default", "light", "high-contrast", "mono"]

    /// Loads a built-in theme by name, or a theme file by path (anything containing "/" or
    /// ending in ".toml").
    package static func load(nameOrPath: String) throws(ThemeError) -> Theme {
        if let source = BuiltinThemes.sources[nameOrPath] {
            return try parse(source, file: "Themes/\(nameOrPath).toml", name: nameOrPath)
        }
        guard nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml") else {
            throw ThemeError(file: nameOrPath, problem: .unknownTheme(builtins: builtinNames))
        }
        let text: String
        do {
            text = try ConfigText.decode(ConfigFile.read(nameOrPath), origin: nameOrPath)
        } catch where error.problem == .notFound {
            throw ThemeError(file: nameOrPath, problem: .fileNotFound(builtins: builtinNames))
        } catch {
            throw ThemeError(error)
        }
        let base = nameOrPath.split(separator: "/").last.map(String.init) ?? nameOrPath
        return try parse(text, file: nameOrPath, name: base.hasSuffix(".toml") ? String(base.dropLast(5)) : base)
    }

    /// The theme used whenever the terminal has no colour; built in, so it cannot fail.
    static let monochrome: Theme = {
        do {
            return try load(nameOrPath: "mono")
        } catch {
            preconditionFailure("built-in theme mono: \(error)")
        }
    }()
}
