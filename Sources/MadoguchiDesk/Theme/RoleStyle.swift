/// How one role looks in a theme.
package struct RoleStyle: Equatable, Sendable {
    package var foreground: ThemeColor
    package var background: ThemeColor
    package var attributes: TextAttributes

    package init(foreground: ThemeColor = .terminalDefault, background: ThemeColor = .terminalDefault, attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }
}
