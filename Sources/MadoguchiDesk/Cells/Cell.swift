/// One terminal column. A two-column character occupies its own cell (width 2) and the next
/// one, a continuation cell (width 0) that holds no text and is never drawn.
public struct Cell: Equatable, Sendable {
    public var grapheme: String
    public var width: Int
    public var role: Role

    public init(_ grapheme: String, width: Int = 1, role: Role) {
        self.grapheme = grapheme
        self.width = width
        self.role = role
    }

    public static func blank(_ role: Role) -> Cell { Cell(" ", role: role) }

    static func continuation(_ role: Role) -> Cell { Cell("", width: 0, role: role) }

    public var isContinuation: Bool { width == 0 }
}
