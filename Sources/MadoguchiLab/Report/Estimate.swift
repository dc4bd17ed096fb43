import MadoguchiSim

/// A metric across replications: its mean and 95 % Student-t interval. With one
/// replication the interval collapses onto the value, so the JSON shape never changes.
public struct Estimate: Codable, Equatable, Sendable {
    public var mean: Double
    public var ci95Low: Double
    public var ci95High: Double

    enum CodingKeys: String, CodingKey {
        case mean
        case ci95Low = "ci95_low"
        case ci95High = "ci95_high"
    }

    public init(_ values: [Double]) {
        let ci = ConfidenceInterval(values, level: 0.95)
        mean = ci.mean
        ci95Low = ci.lower
        ci95High = ci.upper
    }

    public var halfWidth: Double { (ci95High - ci95Low) / 2 }
}
