import MadoguchiClinic
import MadoguchiSim

/// The result of `madoguchi run`, shaped for JSON readers. Keys are documented in
/// docs/run-json.md and stay stable: other tools read them.
public struct RunSummary: Codable, Sendable {
    public struct Scenario: Codable, Sendable {
        public var origin: String
        public var title: String
        public var date: String
        public var opening: String
        public var closing: String
        public var desks: Int
        public var readers: Int
    }

    public struct Patients: Codable, Sendable {
        public var arrived: Estimate
        public var served: Estimate
        public var reneged: Estimate
    }

    public struct Durations: Codable, Sendable {
        public var mean: Estimate
        public var p50: Estimate
        public var p90: Estimate
        public var p95: Estimate
        public var max: Estimate

        init(_ stats: [DurationStats]) {
            mean = Estimate(stats.map { $0.tally.count > 0 ? $0.tally.mean : 0 }, within: Estimate.nonNegative)
            p50 = Estimate(stats.map { $0.histogram.percentile(50) }, within: Estimate.nonNegative)
            p90 = Estimate(stats.map { $0.histogram.percentile(90) }, within: Estimate.nonNegative)
            p95 = Estimate(stats.map { $0.histogram.percentile(95) }, within: Estimate.nonNegative)
            max = Estimate(stats.map { $0.histogram.max }, within: Estimate.nonNegative)
        }
    }

    public struct PathResult: Codable, Sendable {
        public var patients: Estimate
        public var waitSeconds: Durations

        enum CodingKeys: String, CodingKey {
            case patients
            case waitSeconds = "wait_seconds"
        }
    }

    public struct Utilization: Codable, Sendable {
        public var readers: Estimate
        public var desks: Estimate
    }

    public struct FaultResult: Codable, Sendable {
        public var count: Estimate
        public var recoveryMeanSeconds: Estimate
        public var recoveryP90Seconds: Estimate
        public var outcomes: [String: Estimate]

        enum CodingKeys: String, CodingKey {
            case count
            case recoveryMeanSeconds = "recovery_mean_seconds"
            case recoveryP90Seconds = "recovery_p90_seconds"
            case outcomes
        }
    }

    public var schema = "madoguchi.run/1"
    public var version: String
    public var scenario: Scenario
    public var seed: UInt64
    public var replications: Int
    public var patients: Patients
    public var waitBeforeDeskSeconds: Durations
    public var waitByPath: [String: PathResult]
    public var timeAtReceptionSeconds: Durations
    public var utilization: Utilization
    public var faults: [String: FaultResult]
    public var outcomes: [String: Estimate]
    public var usageRate: Estimate
    public var decisionErrors: Estimate
    public var closedAtSeconds: Estimate
    public var warnings: [String]

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

    public init(scenario: MadoguchiClinic.Scenario, seed: UInt64, version: String,
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
