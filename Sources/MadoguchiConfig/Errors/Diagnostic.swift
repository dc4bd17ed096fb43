/// The one shape of every message about a file the tool reads, so that scenarios, themes and
/// lessons read alike: `file:line:column: key: what is wrong. Accepted: what would do.`
/// (`file:line:column` is the form editors jump to).
package enum Diagnostic {
    package static func message(origin: String, line: Int?, column: Int?, key: String?,
                               problem: String, accepted: String, in language: Language) -> String {
        var place = origin
        if let line {
            switch language {
            case .en: place += ":\(line)" + (column.map { ":\($0)" } ?? "")
            case .ja: place += " \(line)行目" + (column.map { "\($0)文字目" } ?? "")
            }
        }
        let subject = key.map { "\(place): \($0)" } ?? place
        switch language {
        case .en: return "\(subject): \(problem). Accepted: \(accepted)."
        case .ja: return "\(subject): \(problem)。指定できるもの: \(accepted)。"
        }
    }
}
