/// Finds the line a key is written on. TOMLKit reports lines for syntax errors only, yet a
/// wrong colour is easier to fix when the message says where it is. Covers the forms theme
/// files use (`[a.b]` headers, `key = …`, dotted keys, inline tables); nil when unsure.
enum TOMLKeyLocator {
    static func line(of path: [String], in source: String) -> Int? {
        var table: [String] = []
        var lineNumber = 0
        for rawLine in source.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.drop(while: { $0 == " " || $0 == "\t" })
            if line.hasPrefix("[") {
                let header = line.dropFirst().prefix(while: { $0 != "]" })
                table = header.split(separator: ".").map { $0.trimmingSpaces }
                if table == path { return lineNumber }
                continue
            }
            guard let equals = line.firstIndex(of: "=") else { continue }
            let key = line[..<equals].split(separator: ".").map { $0.trimmingSpaces }
            let full = table + key
            if full == path { return lineNumber }
            // An inline table (`warning = { fg = "…" }`) holds the key on its own line.
            if path.starts(with: full), full.count < path.count, line[equals...].contains("{") {
                return lineNumber
            }
        }
        return nil
    }
}

extension Substring {
    var trimmingSpaces: String {
        String(drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
    }
}
