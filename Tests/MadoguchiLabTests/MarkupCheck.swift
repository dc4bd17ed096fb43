import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A strict reading of the report: the page must be well-formed XML (the report writes
/// XHTML-compatible markup, so an XML parser reads exactly what a browser reads), and each
/// inline SVG must parse on its own as an SVG document. Collects what the tests look at.
final class MarkupCheck: NSObject, XMLParserDelegate {
    private(set) var elements: [String] = []
    private(set) var attributes: [(element: String, name: String, value: String)] = []
    private(set) var texts: [String] = []
    private(set) var error: String?
    private var stack: [String] = []
    /// Per `svg` element: the names of its first two children, which must be title and desc.
    private(set) var svgFirstChildren: [[String]] = []
    private var svgChildren: [Int: [String]] = [:]
    private(set) var ids: Set<String> = []

    /// Parses `text`; `error` says where it is not well-formed.
    init(_ text: String) {
        super.init()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = self
        parser.shouldProcessNamespaces = false
        if !parser.parse() {
            error = "line \(parser.lineNumber), column \(parser.columnNumber): \(parser.parserError.map { String(describing: $0) } ?? "?")"
        }
    }

    var isWellFormed: Bool { error == nil }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes attributeDict: [String: String]) {
        if let parent = stack.last, parent == "svg" { svgChildren[stack.count - 1, default: []].append(name) }
        if name == "svg" { svgChildren[stack.count] = [] }
        elements.append(name)
        for (key, value) in attributeDict {
            attributes.append((name, key, value))
            if key == "id" { ids.insert(value) }
        }
        stack.append(name)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
        if name == "svg" { svgFirstChildren.append(Array((svgChildren.removeValue(forKey: stack.count) ?? []).prefix(2))) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { texts.append(string) }

    var text: String { texts.joined() }

    func values(of attribute: String, on element: String) -> [String] {
        attributes.filter { $0.element == element && $0.name == attribute }.map(\.value)
    }

    /// Every `<svg>…</svg>` of the page's source, each to be parsed alone.
    static func svgs(in page: String) -> [String] {
        var found: [String] = []
        var rest = page[...]
        while let start = rest.range(of: "<svg "), let end = rest.range(of: "</svg>", range: start.upperBound..<rest.endIndex) {
            found.append(String(rest[start.lowerBound..<end.upperBound]))
            rest = rest[end.upperBound...]
        }
        return found
    }
}

/// A page's text, printed short when an expectation on it fails.
struct PageText: CustomStringConvertible {
    let text: String

    func has(_ part: String) -> Bool { text.contains(part) }

    func count(_ part: String) -> Int { text.components(separatedBy: part).count - 1 }

    var description: String { "a page of \(text.count) characters" }
}

extension MarkupCheck {
    /// The text the page's elements hold, with markup references read back as characters.
    var content: PageText { PageText(text: text) }
}
