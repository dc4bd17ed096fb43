/// A chart the report draws: words, a legend, the marks, and the same numbers as a table.
protocol Chart {
    var text: ChartText { get }
    var legend: [LegendEntry] { get }
    /// Room for labels left of the plot.
    var leftMargin: Double { get }
    var plotHeight: Double { get }
    func draw(_ area: inout PlotArea)
    var table: DataTable { get }
}

extension Chart {
    var leftMargin: Double { 72 }
    var plotHeight: Double { 240 }

    /// The chart as a figure: an SVG image named by its `<title>` and described by its
    /// `<desc>` (both referenced by aria-labelledby), a caption, and the data table under a
    /// disclosure, all without scripts. `id` must be unique in the page.
    func figure(id: String, dataLabel: String, _ html: inout HTMLWriter) {
        var area = PlotArea(plotHeight: plotHeight, left: leftMargin, legend: legend)
        area.legend(legend)
        draw(&area)
        html.element("figure") { html in
            html.element("svg", [("xmlns", "http://www.w3.org/2000/svg"), ("role", "img"),
                                 ("aria-labelledby", "\(id)-title \(id)-desc"),
                                 ("viewBox", "0 0 \(PlotArea.number(PlotArea.width)) \(PlotArea.number(area.height))"),
                                 ("width", PlotArea.number(PlotArea.width)), ("height", PlotArea.number(area.height))]) { svg in
                svg.element("title", [("id", "\(id)-title")], text: text.title)
                svg.element("desc", [("id", "\(id)-desc")], text: text.summary)
                svg.append(area.svg)
            }
            html.element("figcaption") { html in
                html.element("strong", text: text.title)
                html.text(" " + text.summary)
            }
            html.element("details") { html in
                html.element("summary", text: dataLabel)
                table.write(&html)
            }
        }
        html.newline()
    }
}
