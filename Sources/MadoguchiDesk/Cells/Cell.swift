/// One terminal column. A two-column character occupies its own cell (width 2) and the next
/// one, a continuation cell (width 0) that holds no text and is never drawn.
package struct Cell: Equatable, Sendable {
    package var grapheme: String
    package var width: Int
    package var role: Role

    package init(_ grapheme: String, width: Int = 1, role: Role) {
        self.grapheme = grapheme
        self.width = width
        self.role = role
    }

    package static func blank(_ role: Role) -> Cell { Cell(" ", role: role) }

    static func continuation(_ role: Role) -> Cell { Cell("", width: 0, role: role) }

    package var isContinuation: Bool { width == 0 }
}
