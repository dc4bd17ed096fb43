/// Reads a TOML 1.0 document into a tree of `ConfigNode`s, or fails with a `ConfigError`
/// naming the line and column. Written by hand, in Swift, so that no input can crash it:
/// every byte is checked before it is used, nesting and string sizes are limited, and the
/// recursion is bounded by `ConfigLimits.depth`. No pure-Swift TOML package is among the
/// ones this project may use, and the C++ parser TOMLKit bundles asserted (and so
/// aborted the program) on inputs as small as `[[[` followed by `x = `.
package enum TOMLReader {
    package static func parse(_ document: ConfigDocument, limits: ConfigLimits = .standard) throws(ConfigError) -> ConfigNode {
        let bytes = Array(document.text.utf8)
        guard bytes.count <= limits.fileBytes else {
            throw ConfigError(origin: document.origin, problem: .tooLarge(bytes: bytes.count, limit: limits.fileBytes))
        }
        try checkControlCharacters(bytes, origin: document.origin)
        var parser = TOMLParser(bytes: bytes, document: document, limits: limits)
        return try parser.parseDocument().node(document)
    }

    /// TOML allows no control character but tab, and line breaks as LF or CR LF. Checked
    /// first so binary data is called that rather than a syntax error somewhere in it.
    static func checkControlCharacters(_ bytes: [UInt8], origin: String) throws(ConfigError) {
        var line = 1, lineStart = 0
        for (i, b) in bytes.enumerated() {
            if b == 0x0A {
                line += 1
                lineStart = i + 1
                continue
            }
            let bad = (b < 0x20 && b != 0x09 && b != 0x0D) || b == 0x7F
                || (b == 0x0D && (i + 1 == bytes.count || bytes[i + 1] != 0x0A))
            if bad {
                let column = TOMLParser.column(bytes, lineStart: lineStart, at: i)
                throw ConfigError(origin: origin, line: line, column: column, problem: .controlCharacter(codePoint: UInt32(b)))
            }
        }
    }
}
