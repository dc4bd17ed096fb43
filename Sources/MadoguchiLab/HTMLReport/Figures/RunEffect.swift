import MadoguchiSim

/// One run's difference from a baseline run in one figure of `replications`, with its 95 %
/// interval. Runs with the same seed and the same replication numbers met the same patients
/// and faults (common random numbers), so their replications are paired and the interval
/// comes from the per-replication differences; otherwise the runs are independent and the
/// interval is Welch's.
struct RunEffect {
    let difference: Double
    let low: Double
    let high: Double
    let paired: Bool

    init?(base: ReplicationColumns, baseSeed: String, other: ReplicationColumns, otherSeed: String,
          metric: Metric) {
        guard let name = metric.column, let a = base.column(name)?.map(metric.unit.shown), let b = other.column(name)?.map(metric.unit.shown),
              !a.isEmpty, !b.isEmpty else { return nil }
        paired = baseSeed == otherSeed && base.numbers == other.numbers && a.count > 1
        if paired {
            let ci = ConfidenceInterval(zip(b, a).map { $0 - $1 }, level: 0.95)
            (difference, low, high) = (ci.mean, ci.lower, ci.upper)
        } else {
            difference = Tally(b).mean - Tally(a).mean
            let halfWidth = PairedDifference.welchHalfWidth(a, b, level: 0.95)
            (low, high) = (difference - halfWidth, difference + halfWidth)
        }
    }

    /// The data show a difference: the interval leaves out zero.
    var isClear: Bool { low > 0 || high < 0 }
}
