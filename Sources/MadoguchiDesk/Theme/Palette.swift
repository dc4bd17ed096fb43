/// A theme degraded to one terminal: what each role is drawn with.
public struct Palette: Equatable, Sendable {
    public struct Style: Equatable, Hashable, Sendable {
        public var foreground: TerminalColor
        public var background: TerminalColor
        public var attributes: TextAttributes
    }

    public let depth: ColorDepth
    public let styles: [Role: Style]

    /// Without colour, a colour theme's attributes would leave a selection or an error
    /// indistinguishable from text, so the `mono` theme's attributes (drawn to be read
    /// without colour) replace them.
    public init(theme: Theme, depth: ColorDepth) {
        self.depth = depth
        let source = depth == .none ? Theme.monochrome : theme
        var styles: [Role: Style] = [:]
        for role in Role.allCases {
            let style = source.style(for: role)
            styles[role] = Style(
                foreground: ColorDegradation.terminalColor(style.foreground, depth: depth),
                background: ColorDegradation.terminalColor(style.background, depth: depth),
                attributes: style.attributes
            )
        }
        self.styles = styles
    }

    public subscript(role: Role) -> Style { styles[role]! }
}
