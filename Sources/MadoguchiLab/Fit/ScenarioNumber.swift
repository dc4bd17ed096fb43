#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// Numbers as a person would type them into a scenario: a few significant digits, no
/// exponent, no trailing zeros.
enum ScenarioNumber {
    static func format(_ value: Double, significant: Int) -> String {
        guard value != 0, value.isFinite else { return "0" }
        let magnitude = Int(floor(log10(abs(value))))
        let decimals = max(0, significant - 1 - magnitude)
        let scale = pow(10, Double(magnitude - significant + 1))
        let rounded = decimals > 0 ? value : (value / scale).rounded() * scale
        var text = String(format: "%.\(decimals)f", rounded)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }
}
