import MadoguchiDesk

/// Columns aligned by display width, so Japanese cells line up with English ones.
enum TextTable {
    static func render(_ rows: [[String]]) -> String {
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { c in rows.map { c < $0.count ? DisplayWidth.of($0[c]) : 0 }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { c, cell in c == row.count - 1 ? cell : TextFit.pad(cell, to: widths[c]) }
                .joined(separator: "  ")
        }.joined(separator: "\n")
    }
}
