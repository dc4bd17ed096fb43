/// Counts in bins of a numeric quantity, the series stacked in each bin.
struct HistogramChart: Chart {
    var text: ChartText
    /// Bin edges, one more than bins; the last bin may gather everything above.
    var edges: [Double]
    var binLabels: [String]
    var series: [BarChart.Series]
    var format: (Double) -> String
    var totalLabel: String

    var legend: [LegendEntry] { series.map { LegendEntry(name: $0.name, color: $0.color) } }

    func draw(_ area: inout PlotArea) {
        let totals = binLabels.indices.map { i in series.reduce(0) { $0 + $1.values[i] } }
        let x = LinearScale(edges.first ?? 0, edges.last ?? 1, pixels: area.xPixels)
        let y = LinearScale(0, totals.max() ?? 1, pixels: area.yPixels, flipped: true)
        area.valueAxisY(y, title: text.yAxis, format: { ChartFormat.number($0, decimals: y.decimals) })
        area.valueAxisX(x, title: text.xAxis, format: { ChartFormat.number($0, decimals: x.decimals) }, grid: false)
        for i in binLabels.indices {
            var stackedSoFar = 0.0
            for s in series where s.values[i] > 0 {
                let top = stackedSoFar + s.values[i]
                area.rect(x: x(edges[i]) + 0.5, y: y(top), width: x(edges[i + 1]) - x(edges[i]) - 1, height: y(stackedSoFar) - y(top),
                          color: s.color, tooltip: "\(binLabels[i]), \(s.name): \(format(s.values[i]))")
                stackedSoFar = top
            }
        }
    }

    var table: DataTable {
        DataTable(caption: text.title, header: [text.xAxis] + series.map(\.name) + [totalLabel],
                  rows: binLabels.enumerated().map { i, label in
                      [label] + series.map { format($0.values[i]) } + [format(series.reduce(0) { $0 + $1.values[i] })]
                  })
    }
}
