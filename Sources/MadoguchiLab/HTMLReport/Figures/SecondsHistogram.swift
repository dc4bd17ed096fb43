/// Durations counted in whole seconds: exact enough for any percentile a desk cares about,
/// and small however many patients a run holds (one entry per distinct second).
struct SecondsHistogram {
    private(set) var counts: [Int: Int] = [:]
    private(set) var total = 0
    private(set) var sum = 0.0

    mutating func add(_ seconds: Double) {
        counts[Int(seconds.rounded()), default: 0] += 1
        total += 1
        sum += seconds
    }

    var mean: Double { total > 0 ? sum / Double(total) : 0 }

    /// The smallest whole second at or below which a share `p` of the values lie.
    func percentile(_ p: Double) -> Double {
        guard total > 0 else { return 0 }
        let rank = max(1, Int((p * Double(total)).rounded(.up)))
        var seen = 0
        for (second, count) in counts.sorted(by: { $0.key < $1.key }) {
            seen += count
            if seen >= rank { return Double(second) }
        }
        return Double(counts.keys.max() ?? 0)
    }

    /// Counts in bins of `width` seconds from 0; the last bin holds everything from its start up.
    func binned(width: Double, bins: Int) -> [Double] {
        var out = Array(repeating: 0.0, count: bins)
        for (second, count) in counts {
            out[min(bins - 1, max(0, Int(Double(second) / width)))] += Double(count)
        }
        return out
    }
}
