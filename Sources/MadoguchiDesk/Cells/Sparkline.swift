/// A one-row chart of recent values (queue length, waiting time) in eight levels.
package enum Sparkline {
    static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    static let asciiLevels: [Character] = ["_", ".", ",", "-", "=", "+", "*", "#"]

    /// The last `columns` values, scaled from `min(0, smallest)` to the largest, so a queue
    /// of zero always draws the lowest level and a steady non-zero one the highest.
    package static func render(_ values: [Double], columns: Int, ascii: Bool = false) -> String {
        guard columns > 0 else { return "" }
        let shown = values.suffix(columns).filter { $0.isFinite }
        guard let largest = shown.max(), let smallest = shown.min() else { return "" }
        let levels = ascii ? asciiLevels : blocks
        let bottom = min(0, smallest)
        let span = largest - bottom
        return String(shown.map { value in
            guard span > 0 else { return levels[0] }
            let level = Int(((value - bottom) / span * Double(levels.count - 1)).rounded())
            return levels[min(max(level, 0), levels.count - 1)]
        })
    }
}
