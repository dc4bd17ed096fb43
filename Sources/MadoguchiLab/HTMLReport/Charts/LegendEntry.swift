/// One entry of a chart's legend: a name and how its marks are drawn.
struct LegendEntry {
    enum Mark { case box, line, dashedLine, dot, interval, band }

    var name: String
    var color: String
    var mark: Mark = .box
}
