/// The Kolmogorov–Smirnov distance between a sample and a distribution: the largest gap
/// between the empirical distribution function and the model's, just before and at each
/// observation. With parameters fitted to the same sample the classical p-values do not
/// apply (they would be too kind), so only the distance is reported, to compare families.
enum KolmogorovSmirnov {
    static func distance(sorted: [Double], cdf: (Double) -> Double) -> Double {
        let n = Double(sorted.count)
        var largest = 0.0
        for (i, x) in sorted.enumerated() {
            let f = cdf(x)
            largest = max(largest, f - Double(i) / n, Double(i + 1) / n - f)
        }
        return largest
    }
}
