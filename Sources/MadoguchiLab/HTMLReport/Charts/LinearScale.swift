#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// Maps data values onto a pixel range, over a domain widened to round tick values
/// (steps of 1, 2 or 5 times a power of ten).
struct LinearScale {
    let lower: Double
    let upper: Double
    let step: Double
    let pixels: ClosedRange<Double>
    /// Pixels grow downwards on a vertical axis: the domain's lower end is the range's upper.
    let flipped: Bool

    /// `steps`, when given, are the tick steps allowed instead of 1, 2, 5 × 10ⁿ (whole
    /// quarter hours and hours on a clock, say); the smallest that gives at most `ticks`
    /// intervals is taken.
    init(_ low: Double, _ high: Double, pixels: ClosedRange<Double>, flipped: Bool = false, ticks: Int = 5,
         includeZero: Bool = true, steps: [Double]? = nil) {
        var low = includeZero ? min(low, 0) : low, high = includeZero ? max(high, 0) : high
        if !(high > low) { high = low + 1 }
        if !low.isFinite || !high.isFinite { (low, high) = (0, 1) }
        let raw = (high - low) / Double(max(1, ticks))
        step = steps.flatMap { $0.first { $0 >= raw } } ?? Self.niceStep(raw)
        lower = (low / step).rounded(.down) * step
        upper = (high / step).rounded(.up) * step
        self.pixels = pixels
        self.flipped = flipped
    }

    /// 1, 2 or 5 times a power of ten, at least `raw`.
    static func niceStep(_ raw: Double) -> Double {
        let power = pow(10, floor(log10(raw)))
        for factor in [1.0, 2, 5, 10] where factor * power >= raw * (1 - 1e-12) { return factor * power }
        return 10 * power
    }

    func callAsFunction(_ value: Double) -> Double {
        let fraction = (value - lower) / (upper - lower)
        let span = pixels.upperBound - pixels.lowerBound
        return flipped ? pixels.upperBound - fraction * span : pixels.lowerBound + fraction * span
    }

    var ticks: [Double] {
        let count = Int(((upper - lower) / step).rounded())
        return (0...count).map { lower + Double($0) * step }
    }

    /// Decimals that show every tick distinctly.
    var decimals: Int { max(0, Int(-floor(log10(step) + 1e-9))) }
}
