/// Colours of the charts: the Okabe–Ito palette, told apart by people with any common
/// colour-vision deficiency; every series is also named in the legend and the data table,
/// so no meaning rests on colour alone.
enum ChartPalette {
    static let series = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]

    static func color(_ index: Int) -> String { series[index % series.count] }

    static let good = "#009E73"
    static let fair = "#E69F00"
    static let bad = "#D55E00"
    static let neutral = "#555555"
    static let grid = "#DDDDDD"
}
