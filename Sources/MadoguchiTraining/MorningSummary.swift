import MadoguchiClinic
import MadoguchiSim

/// What a morning at the desk came to, from its patients' records: the figures the debrief
/// puts side by side for the trainee and the autopilot.
package struct MorningSummary: Sendable, Codable, Equatable {
    package let arrived: Int
    package let served: Int
    package let meanWait: Double
    package let p90Wait: Double
    /// Patients per outcome id.
    package let outcomes: [String: Int]

    package init(records: [PatientRecord], warmup: Double) {
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
