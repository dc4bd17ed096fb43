import TOMLKit

extension Theme {
    static let topLevelKeys = ["description", "roles"]
    static let roleKeys = ["fg", "bg", "attributes"]

    /// Parses a theme file's text. `file` is only used to name the file in errors.
    static func parse(_ source: String, file: String, name: String) throws(ThemeError) -> Theme {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: source)
        } catch let error as TOMLParseError {
            throw ThemeError(file: file, line: error.source.begin.line, problem: .syntax(description: error.description))
        } catch {
            throw ThemeError(file: file, problem: .syntax(description: String(describing: error)))
        }
        let locate = { (path: [String]) in
            ThemeError.Located(file: file, key: path.joined(separator: "."), line: TOMLKeyLocator.line(of: path, in: source))
        }
        for key in table.keys where !topLevelKeys.contains(key) {
            throw locate([key]).error(.unknownKey(accepted: topLevelKeys))
        }
        if let description = table["description"], description.type != .string {
            throw locate(["description"]).error(.wrongType(expected: .typeString, found: description.type.uiText))
        }
        guard let rolesValue = table["roles"] else { return Theme(name: name, styles: [:]) }
        guard let roles = rolesValue.table else {
            throw locate(["roles"]).error(.wrongType(expected: .typeTable, found: rolesValue.type.uiText))
        }
        var styles: [Role: RoleStyle] = [:]
        for key in roles.keys.sorted() {
            guard let role = Role(rawValue: key) else {
                throw locate(["roles", key]).error(.unknownKey(accepted: Role.allCases.map(\.rawValue)))
            }
            guard let entry = roles[key]?.table else {
                throw locate(["roles", key]).error(.wrongType(expected: .typeTable, found: roles[key]!.type.uiText))
            }
            styles[role] = try parseStyle(entry, path: ["roles", key], locate: locate)
        }
        return Theme(name: name, styles: styles)
    }

    private static func parseStyle(
        _ entry: TOMLTable, path: [String], locate: ([String]) -> ThemeError.Located
    ) throws(ThemeError) -> RoleStyle {
        for key in entry.keys.sorted() where !roleKeys.contains(key) {
            throw locate(path + [key]).error(.unknownKey(accepted: roleKeys))
        }
        var style = RoleStyle()
        if let value = entry["fg"] {
            style.foreground = try parseColor(value, at: locate(path + ["fg"]))
        }
        if let value = entry["bg"] {
            style.background = try parseColor(value, at: locate(path + ["bg"]))
        }
        if let value = entry["attributes"] {
            style.attributes = try parseAttributes(value, at: locate(path + ["attributes"]))
        }
        return style
    }

    private static func parseColor(_ value: TOMLValueConvertible, at location: ThemeError.Located) throws(ThemeError) -> ThemeColor {
        guard let text = value.string else {
            throw location.error(.wrongType(expected: .typeString, found: value.type.uiText))
        }
        guard let color = ThemeColor(parsing: text) else { throw location.error(.badColor(value: text)) }
        return color
    }

    private static func parseAttributes(_ value: TOMLValueConvertible, at location: ThemeError.Located) throws(ThemeError) -> TextAttributes {
        guard let array = value.array else {
            throw location.error(.wrongType(expected: .typeStringArray, found: value.type.uiText))
        }
        var attributes: TextAttributes = []
        for element in array {
            guard let name = element.string else {
                throw location.error(.wrongType(expected: .typeStringArray, found: element.type.uiText))
            }
            guard let attribute = TextAttributes.names.first(where: { $0.name == name })?.attribute else {
                throw location.error(.badAttribute(value: name))
            }
            attributes.insert(attribute)
        }
        return attributes
    }
}

extension ThemeError {
    /// A key in a file, with the line it is on when that could be found.
    struct Located {
        let file: String
        let key: String
        let line: Int?

        func error(_ problem: Problem) -> ThemeError {
            ThemeError(file: file, line: line, key: key, problem: problem)
        }
    }
}

extension TOMLType {
    var uiText: UIText {
        switch self {
        case .table: .typeTable
        case .array: .typeArray
        case .string: .typeString
        case .int: .typeInteger
        case .double: .typeFloat
        case .bool: .typeBoolean
        case .date, .time, .dateTime: .typeDateTime
        }
    }
}
