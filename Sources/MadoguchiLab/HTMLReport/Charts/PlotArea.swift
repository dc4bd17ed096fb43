import Foundation

/// The drawing surface of one chart: an SVG of fixed size with the plot inside margins left
/// for the legend above, the axis titles and the tick labels; the shapes charts are made of.
struct PlotArea {
    static let width = 760.0
    static let bottomMargin = 52.0
    static let rightMargin = 24.0
    static let legendRow = 20.0

    var svg = HTMLWriter()
    let height: Double
    let left: Double
    /// Where each legend entry goes, in rows that wrap at the right edge.
    let legendPlaces: [(x: Double, y: Double)]
    var top: Double { (legendPlaces.map(\.y).max() ?? 0) + 14 }
    var right: Double { Self.width - Self.rightMargin }
    var bottom: Double { height - Self.bottomMargin }
    var xPixels: ClosedRange<Double> { left...right }
    var yPixels: ClosedRange<Double> { top...bottom }

    /// `plotHeight` is the height of the plot itself; the legend's rows come on top of it.
    init(plotHeight: Double = 240, left: Double = 72, legend: [LegendEntry]) {
        self.left = left
        var places: [(x: Double, y: Double)] = []
        var x = left, y = 18.0
        for entry in legend {
            let width = 22 + TextWidth.estimate(entry.name) + 18
            if x > left, x + width > Self.width - Self.rightMargin {
                x = left
                y += Self.legendRow
            }
            places.append((x, y))
            x += width
        }
        legendPlaces = places
        height = (places.map(\.y).max() ?? 0) + 14 + plotHeight + Self.bottomMargin
    }

    static func number(_ value: Double) -> String { String(format: "%.1f", value) }

    mutating func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, color: String, width: Double = 1,
                       dashed: Bool = false) {
        var attributes = [("x1", Self.number(x1)), ("y1", Self.number(y1)), ("x2", Self.number(x2)), ("y2", Self.number(y2)),
                          ("stroke", color), ("stroke-width", Self.number(width))]
        if dashed { attributes.append(("stroke-dasharray", "6 4")) }
        svg.empty("line", attributes)
    }

    /// A rectangle; `tooltip` becomes its `<title>`, which browsers show on hover.
    mutating func rect(x: Double, y: Double, width: Double, height: Double, color: String, opacity: Double = 1,
                       tooltip: String? = nil) {
        let attributes = [("x", Self.number(x)), ("y", Self.number(y)), ("width", Self.number(max(0, width))),
                          ("height", Self.number(max(0, height))), ("fill", color)]
            + (opacity < 1 ? [("fill-opacity", Self.number(opacity))] : [])
        if let tooltip {
            svg.element("rect", attributes) { $0.element("title", text: tooltip) }
        } else {
            svg.empty("rect", attributes)
        }
    }

    mutating func circle(x: Double, y: Double, radius: Double = 4, color: String, tooltip: String? = nil) {
        let attributes = [("cx", Self.number(x)), ("cy", Self.number(y)), ("r", Self.number(radius)), ("fill", color)]
        if let tooltip {
            svg.element("circle", attributes) { $0.element("title", text: tooltip) }
        } else {
            svg.empty("circle", attributes)
        }
    }

    mutating func polyline(_ points: [(Double, Double)], color: String, width: Double = 2, dashed: Bool = false) {
        guard points.count > 1 else { return }
        var attributes = [("points", points.map { Self.number($0.0) + "," + Self.number($0.1) }.joined(separator: " ")),
                          ("fill", "none"), ("stroke", color), ("stroke-width", Self.number(width)), ("stroke-linejoin", "round")]
        if dashed { attributes.append(("stroke-dasharray", "6 4")) }
        svg.empty("polyline", attributes)
    }

    /// A filled area between two lines over the same x values (an interval band).
    mutating func band(_ xs: [Double], low: [Double], high: [Double], color: String) {
        guard xs.count > 1 else { return }
        let upper = zip(xs, high).map { Self.number($0) + "," + Self.number($1) }
        let lower = zip(xs, low).reversed().map { Self.number($0) + "," + Self.number($1) }
        svg.empty("polygon", [("points", (upper + lower).joined(separator: " ")), ("fill", color), ("fill-opacity", "0.2"),
                              ("stroke", "none")])
    }

    mutating func label(_ text: String, x: Double, y: Double, anchor: String = "middle", rotate: Bool = false,
                        size: Double = 12, bold: Bool = false) {
        var attributes = [("x", Self.number(x)), ("y", Self.number(y)), ("text-anchor", anchor), ("font-size", Self.number(size))]
        if rotate { attributes.append(("transform", "rotate(-90 \(Self.number(x)) \(Self.number(y)))")) }
        if bold { attributes.append(("font-weight", "bold")) }
        svg.element("text", attributes, text: text)
    }

    /// Gridlines and tick labels of a vertical value axis, and its title turned upright.
    mutating func valueAxisY(_ scale: LinearScale, title: String, format: (Double) -> String) {
        for tick in scale.ticks {
            let y = scale(tick)
            line(left, y, right, y, color: ChartPalette.grid)
            label(format(tick), x: left - 6, y: y + 4, anchor: "end")
        }
        line(left, top, left, bottom, color: ChartPalette.neutral)
        label(title, x: 16, y: (top + bottom) / 2, rotate: true)
    }

    /// Gridlines and tick labels of a horizontal value axis, and its title below.
    mutating func valueAxisX(_ scale: LinearScale, title: String, format: (Double) -> String, grid: Bool = true) {
        for tick in scale.ticks {
            let x = scale(tick)
            if grid { line(x, top, x, bottom, color: ChartPalette.grid) }
            label(format(tick), x: x, y: bottom + 16)
        }
        line(left, bottom, right, bottom, color: ChartPalette.neutral)
        label(title, x: (left + right) / 2, y: height - 10)
    }

    /// The legend above the plot, at the places worked out in `init`.
    mutating func legend(_ entries: [LegendEntry]) {
        for (entry, place) in zip(entries, legendPlaces) {
            let (x, y) = place
            switch entry.mark {
            case .box: rect(x: x, y: y - 9, width: 14, height: 12, color: entry.color)
            case .band: rect(x: x, y: y - 9, width: 14, height: 12, color: entry.color, opacity: 0.2)
            case .line: line(x, y - 3, x + 18, y - 3, color: entry.color, width: 2)
            case .dashedLine: line(x, y - 3, x + 18, y - 3, color: entry.color, width: 2, dashed: true)
            case .dot: circle(x: x + 7, y: y - 3, color: entry.color)
            case .interval:
                line(x, y - 3, x + 18, y - 3, color: entry.color, width: 2)
                circle(x: x + 9, y: y - 3, radius: 3.5, color: entry.color)
            }
            label(entry.name, x: x + 22, y: y + 1, anchor: "start")
        }
    }
}
