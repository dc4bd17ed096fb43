/// Horizontal bars, one row per category (room for long labels such as fault names), the
/// series side by side or stacked.
struct BarChart: Chart {
    struct Series {
        var name: String
        var color: String
        var values: [Double]
    }

    var text: ChartText
    var categories: [String]
    var series: [Series]
    var stacked = false
    var format: (Double) -> String

    var legend: [LegendEntry] { series.map { LegendEntry(name: $0.name, color: $0.color) } }
    var leftMargin: Double { min(340, max(72, (categories.map { TextWidth.estimate($0) }.max() ?? 0) + 18)) }
    var barHeight: Double { stacked ? 18 : 12 }
    var rowHeight: Double { stacked ? 26 : Double(series.count) * barHeight + 10 }
    var plotHeight: Double { max(80, Double(categories.count) * rowHeight + 8) }

    func draw(_ area: inout PlotArea) {
        let totals = categories.indices.map { i in
            stacked ? series.reduce(0) { $0 + $1.values[i] } : series.map { $0.values[i] }.max() ?? 0
        }
        let x = LinearScale(0, totals.max() ?? 1, pixels: area.xPixels)
        area.valueAxisX(x, title: text.xAxis, format: { ChartFormat.number($0, decimals: x.decimals) })
        area.label(text.yAxis, x: area.left - 8, y: area.top - 2, anchor: "end", bold: true)
        for (i, category) in categories.enumerated() {
            let rowTop = area.top + 4 + Double(i) * rowHeight
            area.label(category, x: area.left - 8, y: rowTop + rowHeight / 2, anchor: "end")
            var start = 0.0
            for (j, s) in series.enumerated() {
                let value = s.values[i]
                let y = stacked ? rowTop + (rowHeight - barHeight) / 2 - 2 : rowTop + Double(j) * barHeight
                let from = stacked ? start : 0
                area.rect(x: x(from), y: y, width: x(from + value) - x(from), height: barHeight - 2, color: s.color,
                          tooltip: "\(category), \(s.name): \(format(value))")
                start += value
            }
        }
    }

    var table: DataTable {
        DataTable(caption: text.title, header: [text.yAxis] + series.map(\.name),
                  rows: categories.enumerated().map { i, category in [category] + series.map { format($0.values[i]) } })
    }
}
