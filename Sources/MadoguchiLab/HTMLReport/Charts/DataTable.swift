/// A chart's numbers as an HTML table: what a screen reader reads, and what anyone may copy.
struct DataTable {
    var caption: String
    var header: [String]
    var rows: [[String]]

    func write(_ html: inout HTMLWriter) {
        html.element("table") { html in
            html.element("caption", text: caption)
            html.element("thead") { html in
                html.element("tr") { html in
                    for cell in header { html.element("th", [("scope", "col")], text: cell) }
                }
            }
            html.element("tbody") { html in
                for row in rows {
                    html.element("tr") { html in
                        for (i, cell) in row.enumerated() {
                            if i == 0 {
                                html.element("th", [("scope", "row")], text: cell)
                            } else {
                                html.element("td", text: cell)
                            }
                        }
                    }
                }
            }
        }
    }
}
