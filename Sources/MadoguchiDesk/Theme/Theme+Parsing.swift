import MadoguchiClinic

extension Theme {
    static let topLevelKeys = ["description", "roles"]
    static let roleKeys = ["fg", "bg", "attributes"]

    /// Parses a theme file's text. `file` is only used to name the file in errors.
    package static func parse(_ source: String, file: String, name: String) throws(ThemeError) -> Theme {
        let root: ConfigNode
        do {
            root = try TOMLReader.parse(ConfigDocument(origin: file, text: source))
        } catch {
            throw ThemeError(error)
        }
        let readKeys = ReadKeys()
        readKeys.accept(topLevelKeys, in: .root)
        let top = root.table ?? [:]
        if let description = top["description"] {
            let path = ConfigKeyPath.root.appending("description")
            readKeys.insert(path)
            guard description.string != nil else { throw wrongType(description, at: path, expected: .typeString) }
        }
        var styles: [Role: RoleStyle] = [:]
        if let roles = top["roles"] {
            let rolesPath = ConfigKeyPath.root.appending("roles")
            readKeys.insert(rolesPath)
            guard let entries = roles.table else { throw wrongType(roles, at: rolesPath, expected: .typeTable) }
            readKeys.accept(Role.allCases.map(\.rawValue), in: rolesPath)
            for (key, entry) in entries.sorted(by: { $0.key < $1.key }) {
                guard let role = Role(rawValue: key) else { continue }
                let path = rolesPath.appending(key)
                readKeys.insert(path)
                guard let table = entry.table else { throw wrongType(entry, at: path, expected: .typeTable) }
                readKeys.accept(roleKeys, in: path)
                styles[role] = try parseStyle(table, at: path, readKeys: readKeys)
            }
        }
        do {
            try UnknownKeys.check(root, readKeys: readKeys)
        } catch {
            throw ThemeError(error)
        }
        return Theme(name: name, styles: styles)
    }

    private static func parseStyle(_ entry: [String: ConfigNode], at path: ConfigKeyPath,
                                   readKeys: ReadKeys) throws(ThemeError) -> RoleStyle {
        var style = RoleStyle()
        for (key, value) in entry where roleKeys.contains(key) {
            let keyPath = path.appending(key)
            readKeys.insert(keyPath)
            switch key {
            case "fg": style.foreground = try parseColor(value, at: keyPath)
            case "bg": style.background = try parseColor(value, at: keyPath)
            default: style.attributes = try parseAttributes(value, at: keyPath)
            }
        }
        return style
    }

    private static func parseColor(_ value: ConfigNode, at path: ConfigKeyPath) throws(ThemeError) -> ThemeColor {
        guard let text = value.string else { throw wrongType(value, at: path, expected: .typeString) }
        guard let color = ThemeColor(parsing: text) else { throw error(value, at: path, .badColor(value: text)) }
        return color
    }

    private static func parseAttributes(_ value: ConfigNode, at path: ConfigKeyPath) throws(ThemeError) -> TextAttributes {
        guard case .array(let elements) = value.value else { throw wrongType(value, at: path, expected: .typeStringArray) }
        var attributes: TextAttributes = []
        for element in elements {
            guard let name = element.string else {
                throw error(value, at: path, .wrongType(expected: .typeStringArray, found: element.kind.uiText))
            }
            guard let attribute = TextAttributes.names.first(where: { $0.name == name })?.attribute else {
                throw error(value, at: path, .badAttribute(value: name))
            }
            attributes.insert(attribute)
        }
        return attributes
    }

    private static func error(_ node: ConfigNode, at path: ConfigKeyPath, _ problem: ThemeError.Problem) -> ThemeError {
        ThemeError(file: node.document.origin, line: node.line, key: path.description, problem: problem)
    }

    private static func wrongType(_ node: ConfigNode, at path: ConfigKeyPath, expected: UIText) -> ThemeError {
        error(node, at: path, .wrongType(expected: expected, found: node.kind.uiText))
    }
}

extension ValueKind {
    var uiText: UIText {
        switch self {
        case .table: .typeTable
        case .array: .typeArray
        case .string: .typeString
        case .integer: .typeInteger
        case .float: .typeFloat
        case .boolean: .typeBoolean
        case .dateTime: .typeDateTime
        }
    }
}
