import MadoguchiClinic
import MadoguchiSim

/// What a morning at the desk came to, from its patients' records: the figures the debrief
/// puts side by side for the trainee and the autopilot.
public struct MorningSummary: Sendable, Codable, Equatable {
    public let arrived: Int
    public let served: Int
    public let meanWait: Double
    public let p90Wait: Double
    /// Patients per outcome id.
    public let outcomes: [String: Int]

    public init(records: [PatientRecord], warmup: Double) {
        let counted = records.filter { $0.arrival >= warmup }
        let waits = counted.filter { $0.outcome != .reneged }.map(\.wait)
        var histogram = DurationHistogram()
        for wait in waits { histogram.record(seconds: wait) }
        arrived = counted.count
        served = counted.filter { $0.outcome != .reneged }.count
        meanWait = waits.isEmpty ? 0 : waits.reduce(0, +) / Double(waits.count)
        p90Wait = waits.isEmpty ? 0 : histogram.percentile(90)
        outcomes = Dictionary(counted.map { ($0.outcome.rawValue, 1) }, uniquingKeysWith: +)
    }
}
