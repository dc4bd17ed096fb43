import MadoguchiClinic
import MadoguchiSim

/// Two set-ups on the same patients and faults: replication r of A and of B both use stream
/// r of the seed, and each patient's fate comes from his own sub-stream, so the differences
/// are paired (common random numbers). B is also run on other streams to report the width
/// an unpaired comparison would have had.
package struct Comparison: Sendable {
    package let a: Scenario
    package let b: Scenario
    package let seed: UInt64
    package let replications: Int
    package let differences: [PairedDifference]

    /// The seed B's independent runs use: another set of streams of the same generator.
    package static func independentSeed(_ seed: UInt64) -> UInt64 { seed &+ 0x9E37_79B9_7F4A_7C15 }

    /// Runs A, B and B-independent; nil when stopped before the end.
    package static func run(_ a: Scenario, _ b: Scenario, seed: UInt64, replications: Int,
                           threads: Int = ProcessInfoCores.count, stop: StopFlag? = nil,
                           progress: ProgressMeter? = nil) -> Comparison? {
        let indices = Array(0..<replications)
        let other = independentSeed(seed)
        let (runs, stopped) = try! Replicator.map(indices, threads: threads, stop: stop, progress: progress) { r in
            (ClinicRun.statistics(a, seed: seed, replication: r),
             ClinicRun.statistics(b, seed: seed, replication: r),
             ClinicRun.statistics(b, seed: other, replication: r))
        }
        guard !stopped else { return nil }
        let triples = runs.map { $0! }
        let differences = MetricCatalogue.compared.map { metric in
            PairedDifference(metric: metric, a: triples.map { metric.shownValue($0.0) }, b: triples.map { metric.shownValue($0.1) },
                             independentB: triples.map { metric.shownValue($0.2) })
        }
        return Comparison(a: a, b: b, seed: seed, replications: replications, differences: differences)
    }

    package func difference(_ metric: Metric) -> PairedDifference? { differences.first { $0.metric == metric } }
}
