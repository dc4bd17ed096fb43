import MadoguchiClinic
import MadoguchiSim

/// The result of `madoguchi run`, shaped for JSON readers. Keys are documented in
/// docs/run-json.md and stay stable: other tools read them.
package struct RunSummary: Codable, Sendable {
    package struct Scenario: Codable, Sendable {
        package var origin: String
        package var title: String
        package var date: String
        package var opening: String
        package var closing: String
        package var desks: Int
        package var readers: Int
    }

    package struct Patients: Codable, Sendable {
        package var arrived: Estimate
        package var served: Estimate
        package var reneged: Estimate
    }

    package struct Durations: Codable, Sendable {
        package var mean: Estimate
        package var p50: Estimate
        package var p90: Estimate
        package var p95: Estimate
        package var max: Estimate

        init(_ stats: [DurationStats]) {
            mean = Estimate(stats.map { $0.tally.count > 0 ? $0.tally.mean : 0 }, within: Estimate.nonNegative)
            p50 = Estimate(stats.map { $0.histogram.percentile(50) }, within: Estimate.nonNegative)
            p90 = Estimate(stats.map { $0.histogram.percentile(90) }, within: Estimate.nonNegative)
            p95 = Estimate(stats.map { $0.histogram.percentile(95) }, within: Estimate.nonNegative)
            max = Estimate(stats.map { $0.histogram.max }, within: Estimate.nonNegative)
        }
    }

    package struct PathResult: Codable, Sendable {
        package var patients: Estimate
        package var waitSeconds: Durations

        enum CodingKeys: String, CodingKey {
            case patients
            case waitSeconds = "wait_seconds"
        }
    }

    package struct Utilization: Codable, Sendable {
        package var readers: Estimate
        package var desks: Estimate
    }

    package struct FaultResult: Codable, Sendable {
        package var count: Estimate
        package var recoveryMeanSeconds: Estimate
        package var recoveryP90Seconds: Estimate
        package var outcomes: [String: Estimate]

        enum CodingKeys: String, CodingKey {
            case count
            case recoveryMeanSeconds = "recovery_mean_seconds"
            case recoveryP90Seconds = "recovery_p90_seconds"
            case outcomes
        }
    }

    package var schema = "madoguchi.run/1"
    package var version: String
    package var scenario: Scenario
    package var seed: UInt64
    package var replications: Int
    package var patients: Patients
    package var waitBeforeDeskSeconds: Durations
    package var waitByPath: [String: PathResult]
    package var timeAtReceptionSeconds: Durations
    package var utilization: Utilization
    package var faults: [String: FaultResult]
    package var outcomes: [String: Estimate]
    package var usageRate: Estimate
    package var decisionErrors: Estimate
    package var closedAtSeconds: Estimate
    package var warnings: [String]

    enum CodingKeys: String, CodingKey {
        case schema, version, scenario, seed, replications, patients
        case waitBeforeDeskSeconds = "wait_before_desk_seconds"
        case waitByPath = "wait_by_path"
        case timeAtReceptionSeconds = "time_at_reception_seconds"
        case utilization, faults, outcomes
        case usageRate = "usage_rate"
        case decisionErrors = "decision_errors"
        case closedAtSeconds = "closed_at_seconds"
        case warnings
    }

    package init(scenario: MadoguchiClinic.Scenario, seed: UInt64, version: String,
                replications stats: [ClinicStatistics], warnings: [String]) {
        // Every figure here is a count, a duration or a share: none is ever below 0.
        func estimate(within range: ClosedRange<Double> = Estimate.nonNegative,
                      _ value: (ClinicStatistics) -> Double) -> Estimate {
            Estimate(stats.map(value), within: range)
        }
        self.version = version
        self.scenario = Scenario(origin: scenario.origin, title: scenario.title, date: scenario.date.description,
                                 opening: scenario.opening.shortDescription, closing: scenario.closing.shortDescription,
                                 desks: scenario.desks, readers: scenario.readers)
        self.seed = seed
        replications = stats.count
        patients = Patients(arrived: estimate { Double($0.counted) },
                            served: estimate { Double($0.counted - $0.count(.reneged)) },
                            reneged: estimate { Double($0.count(.reneged)) })
        waitBeforeDeskSeconds = Durations(stats.map(\.wait))
        var byPath: [String: PathResult] = [:]
        for path in CredentialPath.allCases {
            byPath[path.rawValue] = PathResult(patients: estimate { Double($0.countByPath[path.index]) },
                                               waitSeconds: Durations(stats.map { $0.waitByPath[path.index] }))
        }
        waitByPath = byPath
        timeAtReceptionSeconds = Durations(stats.map(\.timeAtReception))
        utilization = Utilization(readers: estimate(within: Estimate.fraction, \.readerUtilization),
                                  desks: estimate(within: Estimate.fraction, \.staffUtilization))
        var faultResults: [String: FaultResult] = [:]
        for fault in Fault.allCases {
            let perRun = stats.map { $0.faults[fault.index] }
            var outcomes: [String: Estimate] = [:]
            for outcome in Outcome.allCases {
                outcomes[outcome.rawValue] = Estimate(perRun.map { Double($0.outcomes[outcome.index]) }, within: Estimate.nonNegative)
            }
            faultResults[fault.rawValue] = FaultResult(
                count: Estimate(perRun.map { Double($0.count) }, within: Estimate.nonNegative),
                recoveryMeanSeconds: Estimate(perRun.map { $0.recovery.tally.count > 0 ? $0.recovery.tally.mean : 0 },
                                              within: Estimate.nonNegative),
                recoveryP90Seconds: Estimate(perRun.map { $0.recovery.histogram.percentile(90) }, within: Estimate.nonNegative),
                outcomes: outcomes)
        }
        faults = faultResults
        var outcomeResults: [String: Estimate] = [:]
        for outcome in Outcome.allCases { outcomeResults[outcome.rawValue] = estimate { Double($0.count(outcome)) } }
        outcomes = outcomeResults
        usageRate = estimate(within: Estimate.fraction, \.usageRate)
        decisionErrors = estimate { Double($0.decisionErrors) }
        closedAtSeconds = estimate { $0.duration }
        self.warnings = warnings
    }
}
