/// The characters borders, ellipses and bars are drawn with. ASCII is for terminals without
/// a UTF-8 locale, where line-drawing characters would come out as mojibake.
public struct BoxGlyphs: Equatable, Sendable {
    public var horizontal: String
    public var vertical: String
    public var topLeft: String
    public var topRight: String
    public var bottomLeft: String
    public var bottomRight: String
    public var ellipsis: String

    public static let unicode = BoxGlyphs(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐",
        bottomLeft: "└", bottomRight: "┘", ellipsis: "…"
    )

    public static let ascii = BoxGlyphs(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+",
        bottomLeft: "+", bottomRight: "+", ellipsis: "~"
    )

    public static func forAsciiOnly(_ asciiOnly: Bool) -> BoxGlyphs { asciiOnly ? .ascii : .unicode }
}
