/// Attributes every terminal can show, even without colour.
package struct TextAttributes: OptionSet, Hashable, Sendable {
    package let rawValue: UInt8
    package init(rawValue: UInt8) { self.rawValue = rawValue }

    package static let bold = TextAttributes(rawValue: 1 << 0)
    package static let underline = TextAttributes(rawValue: 1 << 1)
    package static let reverse = TextAttributes(rawValue: 1 << 2)
    package static let dim = TextAttributes(rawValue: 1 << 3)

    /// Theme-file spellings, in the order error messages list them.
    package static let names: [(name: String, attribute: TextAttributes)] = [
        ("bold", .bold), ("underline", .underline), ("reverse", .reverse), ("dim", .dim),
    ]
}
