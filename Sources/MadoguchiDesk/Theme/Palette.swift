/// A theme degraded to one terminal: what each role is drawn with.
package struct Palette: Equatable, Sendable {
    package struct Style: Equatable, Hashable, Sendable {
        package var foreground: TerminalColor
        package var background: TerminalColor
        package var attributes: TextAttributes
    }

    package let depth: ColorDepth
    package let styles: [Role: Style]

    /// Without colour, a colour theme's attributes would leave a selection or an error
    /// indistinguishable from text, so the `mono` theme's attributes (drawn to be read
    /// without colour) replace them.
    package init(theme: Theme, depth: ColorDepth) {
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

    package subscript(role: Role) -> Style { styles[role]! }
}
