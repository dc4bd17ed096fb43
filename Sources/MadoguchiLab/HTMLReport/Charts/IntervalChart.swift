/// Estimates with their 95 % intervals, one row each (a forest plot), with an optional
/// reference line such as zero for differences.
struct IntervalChart: Chart {
    struct Row {
        var label: String
        var estimate: Double
        var low: Double
        var high: Double
    }

    var text: ChartText
    var rows: [Row]
    var reference: Double?
    var estimateName: String
    var intervalName: String
    var format: (Double) -> String
    var color = ChartPalette.color(0)

    var legend: [LegendEntry] {
        [LegendEntry(name: estimateName, color: color, mark: .dot), LegendEntry(name: intervalName, color: color, mark: .interval)]
    }
    var leftMargin: Double { min(340, max(72, (rows.map { TextWidth.estimate($0.label) }.max() ?? 0) + 18)) }
    var plotHeight: Double { max(60, Double(rows.count) * 26 + 12) }

    func draw(_ area: inout PlotArea) {
        let values = rows.flatMap { [$0.low, $0.high, $0.estimate] } + (reference.map { [$0] } ?? [])
        let x = LinearScale(values.min() ?? 0, values.max() ?? 1, pixels: area.xPixels, includeZero: reference != nil)
        area.valueAxisX(x, title: text.xAxis, format: { ChartFormat.number($0, decimals: x.decimals) })
        area.label(text.yAxis, x: area.left - 8, y: area.top - 2, anchor: "end", bold: true)
        if let reference { area.line(x(reference), area.top, x(reference), area.bottom, color: ChartPalette.neutral, dashed: true) }
        for (i, row) in rows.enumerated() {
            let y = area.top + 16 + Double(i) * 26
            area.label(row.label, x: area.left - 8, y: y + 4, anchor: "end")
            area.line(x(row.low), y, x(row.high), y, color: color, width: 2)
            area.line(x(row.low), y - 5, x(row.low), y + 5, color: color, width: 2)
            area.line(x(row.high), y - 5, x(row.high), y + 5, color: color, width: 2)
            area.circle(x: x(row.estimate), y: y, color: color,
                        tooltip: "\(row.label): \(format(row.estimate)) (\(format(row.low)) – \(format(row.high)))")
        }
    }

    var table: DataTable {
        DataTable(caption: text.title, header: [text.yAxis, estimateName, intervalName],
                  rows: rows.map { [$0.label, format($0.estimate), "\(format($0.low)) – \(format($0.high))"] })
    }
}
