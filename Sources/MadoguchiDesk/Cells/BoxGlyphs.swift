/// The characters borders, ellipses and bars are drawn with. ASCII is for terminals without
/// a UTF-8 locale, where line-drawing characters would come out as mojibake.
package struct BoxGlyphs: Equatable, Sendable {
    package var horizontal: String
    package var vertical: String
    package var topLeft: String
    package var topRight: String
    package var bottomLeft: String
    package var bottomRight: String
    package var ellipsis: String

    package static let unicode = BoxGlyphs(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐",
        bottomLeft: "└", bottomRight: "┘", ellipsis: "…"
    )

    package static let ascii = BoxGlyphs(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+",
        bottomLeft: "+", bottomRight: "+", ellipsis: "~"
    )

    package static func forAsciiOnly(_ asciiOnly: Bool) -> BoxGlyphs { asciiOnly ? .ascii : .unicode }
}
