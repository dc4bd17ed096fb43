import Foundation

/// Numbers and times as the charts and tables print them.
enum ChartFormat {
    static func number(_ value: Double, decimals: Int) -> String {
        let text = String(format: "%.\(decimals)f", value)
        return text == "-0" || text.hasPrefix("-0.") && Double(text) == 0 ? String(text.dropFirst()) : text
    }

    /// The clock time `seconds` after `opening` (seconds since midnight): "9:05".
    static func clock(_ seconds: Double, opening: Double) -> String {
        let total = Int((opening + seconds).rounded())
        let minutes = (total / 60) % (24 * 60)
        return String(format: "%d:%02d", minutes / 60, minutes % 60)
    }
}
