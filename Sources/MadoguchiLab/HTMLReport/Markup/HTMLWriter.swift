/// Builds XHTML-compatible markup (every element closed, void elements as `<br/>`), so the
/// page is well-formed XML as well as HTML: both a browser and an XML parser read it the
/// same way. Names of elements and attributes come from code; every text and attribute
/// value is escaped here.
struct HTMLWriter {
    private(set) var output = ""

    typealias Attributes = [(String, String)]

    mutating func element(_ name: String, _ attributes: Attributes = [], _ body: (inout HTMLWriter) -> Void) {
        open(name, attributes)
        body(&self)
        output += "</\(name)>"
    }

    /// An element holding only text.
    mutating func element(_ name: String, _ attributes: Attributes = [], text: String) {
        open(name, attributes)
        output += HTMLText.escape(text)
        output += "</\(name)>"
    }

    /// An element without content, self-closed (`<meta … />`, `<rect … />`).
    mutating func empty(_ name: String, _ attributes: Attributes = []) {
        output += "<\(name)"
        add(attributes)
        output += "/>"
    }

    mutating func text(_ text: String) { output += HTMLText.escape(text) }

    /// Markup another writer built.
    mutating func append(_ other: HTMLWriter) { output += other.output }

    /// A line break in the source, to keep the file readable.
    mutating func newline() { output += "\n" }

    /// A start tag, for content written by several hands before `close`.
    mutating func open(_ name: String, _ attributes: Attributes = []) {
        output += "<\(name)"
        add(attributes)
        output += ">"
    }

    mutating func close(_ name: String) { output += "</\(name)>" }

    /// Text written as it is, for the style sheet: a `<style>` element's content is not
    /// unescaped by HTML parsers, and its hash must match the bytes. Only text from code,
    /// holding no markup character, may come here.
    mutating func verbatim(_ text: String) {
        precondition(!text.contains(where: { "<>&".contains($0) }), "markup in verbatim text")
        output += text
    }

    private mutating func add(_ attributes: Attributes) {
        for (key, value) in attributes { output += " \(key)=\"\(HTMLText.escape(value))\"" }
    }
}
