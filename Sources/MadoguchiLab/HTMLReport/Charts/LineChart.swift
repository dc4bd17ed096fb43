/// Lines over a numeric x axis, each with an optional band (an interval around it) and
/// optional markers that name their point on hover.
struct LineChart: Chart {
    struct Series {
        var name: String
        var color: String
        var points: [(x: Double, y: Double)]
        var band: [(low: Double, high: Double)]? = nil
        var bandName: String? = nil
        var dashed = false
        /// Tooltips of the markers, one per point; no markers when nil.
        var markers: [String]? = nil
    }

    var text: ChartText
    var series: [Series]
    var xFormat: (Double) -> String
    /// The y axis's extent when fixed (a score from 0 to 100 %); else the data's, from zero.
    var yDomain: ClosedRange<Double>? = nil
    /// Tick steps allowed on the x axis (see `LinearScale`); nil for 1, 2, 5 × 10ⁿ.
    var xSteps: [Double]? = nil
    var table: DataTable

    var legend: [LegendEntry] {
        series.flatMap { s -> [LegendEntry] in
            let line = LegendEntry(name: s.name, color: s.color, mark: s.markers != nil ? .dot : s.dashed ? .dashedLine : .line)
            guard s.band != nil, let bandName = s.bandName else { return [line] }
            return [line, LegendEntry(name: bandName, color: s.color, mark: .band)]
        }
    }

    func draw(_ area: inout PlotArea) {
        let xs = series.flatMap { $0.points.map(\.x) }
        let ys = series.flatMap { s in s.points.map(\.y) + (s.band ?? []).flatMap { [$0.low, $0.high] } }
        let x = LinearScale(xs.min() ?? 0, xs.max() ?? 1, pixels: area.xPixels, ticks: 8, includeZero: false, steps: xSteps)
        let y = LinearScale(yDomain?.lowerBound ?? ys.min() ?? 0, yDomain?.upperBound ?? ys.max() ?? 1, pixels: area.yPixels, flipped: true)
        area.valueAxisY(y, title: text.yAxis, format: { ChartFormat.number($0, decimals: y.decimals) })
        area.valueAxisX(x, title: text.xAxis, format: xFormat)
        for s in series {
            if let band = s.band {
                area.band(s.points.map { x($0.x) }, low: band.map { y($0.low) }, high: band.map { y($0.high) }, color: s.color)
            }
        }
        for s in series {
            area.polyline(s.points.map { (x($0.x), y($0.y)) }, color: s.color, dashed: s.dashed)
            if let markers = s.markers {
                for (point, tooltip) in zip(s.points, markers) {
                    area.circle(x: x(point.x), y: y(point.y), color: s.color, tooltip: tooltip)
                }
            }
        }
    }
}
