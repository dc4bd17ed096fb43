import MadoguchiClinic

/// Every figure of a replication, each defined once (Metric): `run --format json` and its
/// CSV, the recording's `replications` columns, `sweep`, `compare` and the HTML report read
/// them from here. Keys and columns are documented in docs/run-json.md and docs/recording.md
/// and stay stable: other tools read them.
package enum MetricCatalogue {
    // MARK: Patients

    /// Patients who arrived after the warm-up: they count in every figure below.
    package static let counted = Metric(key: "patients.arrived", column: "counted", unit: .patients,
                                       label: Bilingual(en: "patients (after the warm-up)", ja: "患者数(ウォームアップ後)")) { Double($0.counted) }
    package static let served = Metric(key: "patients.served", unit: .patients, label: Bilingual(en: "served", ja: "受付完了")) {
        Double($0.counted - $0.count(.reneged))
    }
    package static let reneged = Metric(key: "patients.reneged", labName: "reneged", unit: .patients,
                                       label: Bilingual(en: "patients who left unserved", ja: "受付前に帰った患者")) { Double($0.count(.reneged)) }

    /// The day's conservation, warm-up included: arrived = served + reneged.
    package static let arrivedAll = Metric(column: "arrived", unit: .patients,
                                          label: Bilingual(en: "arrived, warm-up included", ja: "来院(ウォームアップを含む)")) { Double($0.arrived) }
    package static let servedAll = Metric(column: "served", unit: .patients,
                                         label: Bilingual(en: "served, warm-up included", ja: "受付完了(ウォームアップを含む)")) { Double($0.served) }
    package static let renegedAll = Metric(column: "reneged", unit: .patients,
                                          label: Bilingual(en: "left before being served, warm-up included", ja: "受付前に帰った(ウォームアップを含む)")) { Double($0.reneged) }

    // MARK: Waits and times

    /// One statistic of a duration's distribution in a replication.
    enum Statistic: CaseIterable {
        case mean, p50, p90, p95, max

        var name: String {
            switch self {
            case .mean: return "mean"
            case .p50: return "p50"
            case .p90: return "p90"
            case .p95: return "p95"
            case .max: return "max"
            }
        }

        /// 0 for a replication with nothing to measure, as for a replication of no patient.
        func read(_ stats: DurationStats) -> Double {
            switch self {
            case .mean: return stats.tally.count > 0 ? stats.tally.mean : 0
            case .p50: return stats.histogram.percentile(50)
            case .p90: return stats.histogram.percentile(90)
            case .p95: return stats.histogram.percentile(95)
            case .max: return stats.histogram.max
            }
        }

        /// "mean wait", "平均待ち時間" from the measured thing's name ("wait", "待ち時間").
        func label(_ what: Bilingual) -> Bilingual {
            switch self {
            case .mean: return Bilingual(en: "mean \(what.en)", ja: "平均\(what.ja)")
            case .p50: return Bilingual(en: "median \(what.en)", ja: "\(what.ja)の中央値")
            case .p90: return Bilingual(en: "90th-percentile \(what.en)", ja: "\(what.ja)の90パーセンタイル")
            case .p95: return Bilingual(en: "95th-percentile \(what.en)", ja: "\(what.ja)の95パーセンタイル")
            case .max: return Bilingual(en: "longest \(what.en)", ja: "最長の\(what.ja)")
            }
        }
    }

    /// A duration's five statistics under `key` (a JSON *durations* object), those named in
    /// `columns` also in `replications` as `column_mean`, `column_p90`….
    static func durations(_ key: String, column: String? = nil, columns: [Statistic] = [], what: Bilingual,
                          labNames: [Statistic: String] = [:],
                          _ stats: @escaping @Sendable (ClinicStatistics) -> DurationStats) -> [Metric] {
        Statistic.allCases.map { statistic in
            Metric(key: key + "." + statistic.name, column: columns.contains(statistic) ? column.map { $0 + "_" + statistic.name } : nil,
                   labName: labNames[statistic], unit: .seconds, label: statistic.label(what)) { statistic.read(stats($0)) }
        }
    }

    /// Waits before desk service of served patients: at the reader and at the desk.
    package static let waitBeforeDesk = durations("wait_before_desk_seconds", column: "wait", columns: Statistic.allCases,
                                                 what: Bilingual(en: "wait", ja: "待ち時間"),
                                                 labNames: [.mean: "mean_wait_min", .p90: "p90_wait_min"]) { $0.wait }
    package static var meanWait: Metric { waitBeforeDesk[0] }
    package static var p90Wait: Metric { waitBeforeDesk[2] }

    /// From arrival to leaving the desk, of served patients.
    package static let timeAtReception = durations("time_at_reception_seconds", column: "time_at_reception", columns: [.mean, .p90],
                                                  what: Bilingual(en: "time at reception", ja: "受付所要時間"),
                                                  labNames: [.mean: "time_at_reception_min"]) { $0.timeAtReception }
    package static var meanTimeAtReception: Metric { timeAtReception[0] }

    /// Patients of one credential path and their waits (a durations family).
    package struct PathMetrics: Sendable {
        package let patients: Metric
        package let wait: [Metric]
    }

    package static func byPath(_ path: CredentialPath) -> PathMetrics {
        let i = path.index, name = path.name
        return PathMetrics(
            patients: Metric(key: "wait_by_path.\(path.rawValue).patients", unit: .patients,
                             label: Bilingual(en: "patients, \(name.en)", ja: "患者数(\(name.ja))")) { Double($0.countByPath[i]) },
            wait: durations("wait_by_path.\(path.rawValue).wait_seconds", what: Bilingual(en: "wait, \(name.en)", ja: "待ち時間(\(name.ja))")) { $0.waitByPath[i] })
    }

    // MARK: Reception as a queueing system (Little's law)

    /// Every counted patient, served or not, over the observed span (the warm-up's end until
    /// the last patient left): arrivals a second λ, the time-average numbers in the system L
    /// and waiting L_q (the integrals of those numbers over the span, divided by it), and the
    /// mean time in the system W and waiting W_q. Everyone counted arrives and leaves inside
    /// the span, so L = λ·W and L_q = λ·W_q hold in each replication (docs/run-json.md).
    package static let arrivalRate = Metric(key: "queueing.arrival_rate_per_second", column: "arrival_rate", unit: .perSecond,
                                           label: Bilingual(en: "arrival rate (λ)", ja: "到着率(λ)")) { s in
        s.observedSeconds > 0 ? Double(s.counted) / s.observedSeconds : 0
    }
    package static let numberInSystem = Metric(key: "queueing.number_in_system", column: "number_in_system", labName: "number_in_system",
                                              unit: .meanPatients, label: Bilingual(en: "mean number at reception (L)", ja: "受付にいる平均人数(L)")) { s in
        s.observedSeconds > 0 ? s.inSystemSeconds / s.observedSeconds : 0
    }
    package static let numberWaiting = Metric(key: "queueing.number_waiting", column: "number_waiting", labName: "number_waiting",
                                             unit: .meanPatients, label: Bilingual(en: "mean number waiting (Lq)", ja: "待っている平均人数(Lq)")) { s in
        s.observedSeconds > 0 ? s.waitingSeconds / s.observedSeconds : 0
    }
    package static let timeInSystem = Metric(key: "queueing.time_in_system_mean_seconds", column: "time_in_system_mean", unit: .seconds,
                                            label: Bilingual(en: "mean time at reception, everyone (W)", ja: "全員の平均滞在時間(W)")) { s in
        s.counted > 0 ? s.inSystemSeconds / Double(s.counted) : 0
    }
    package static let queueingWait = Metric(key: "queueing.wait_mean_seconds", column: "queueing_wait_mean", unit: .seconds,
                                            label: Bilingual(en: "mean wait, everyone (Wq)", ja: "全員の平均待ち時間(Wq)")) { s in
        s.counted > 0 ? s.waitingSeconds / Double(s.counted) : 0
    }
    package static let observed = Metric(key: "queueing.observed_seconds", column: "observed", unit: .seconds,
                                        label: Bilingual(en: "observed span", ja: "観測時間")) { $0.observedSeconds }
    package static let queueing = [arrivalRate, numberInSystem, numberWaiting, timeInSystem, queueingWait, observed]

    // MARK: Outcomes and faults

    package static func outcome(_ outcome: Outcome) -> Metric {
        let i = outcome.index
        return Metric(key: "outcomes.\(outcome.rawValue)", column: "outcome_\(outcome.rawValue)", unit: .patients,
                      label: outcome.name) { Double($0.outcomes[i]) }
    }

    /// Patients struck by one fault, their recovery times, and how they left (one per
    /// outcome, in the order of `Outcome.allCases`).
    package struct FaultMetrics: Sendable {
        package let count: Metric
        package let recoveryMean: Metric
        package let recoveryP90: Metric
        package let outcomes: [Metric]

        var all: [Metric] { [count, recoveryMean, recoveryP90] + outcomes }
    }

    package static func fault(_ fault: Fault) -> FaultMetrics {
        let i = fault.index, key = "faults.\(fault.rawValue)", name = fault.name
        // Over the replications where some patient struck by the fault had a recovery: a day
        // without one has no recovery time, which is not a recovery time of 0.
        func recovery(_ statistic: Statistic, _ suffix: String) -> Metric {
            Metric(key: "\(key).recovery_\(suffix)_seconds", unit: .seconds,
                   label: statistic.label(Bilingual(en: "recovery time, \(name.en)", ja: "対応時間(\(name.ja))"))) {
                let stats = $0.faults[i].recovery
                return stats.tally.count > 0 ? statistic.read(stats) : nil
            }
        }
        return FaultMetrics(
            count: Metric(key: "\(key).count", column: "fault_\(fault.rawValue)", unit: .patients,
                          label: Bilingual(en: "patients struck by \(name.en)", ja: "\(name.ja)に遭った患者")) { Double($0.faults[i].count) },
            recoveryMean: recovery(.mean, "mean"), recoveryP90: recovery(.p90, "p90"),
            outcomes: Outcome.allCases.map { outcome in
                let o = outcome.index
                return Metric(key: "\(key).outcomes.\(outcome.rawValue)", unit: .patients,
                              label: Bilingual(en: "\(name.en), then \(outcome.name.en)", ja: "\(name.ja) → \(outcome.name.ja)")) {
                    Double($0.faults[i].outcomes[o])
                }
            })
    }

    /// Faults met by patients who still left with their coverage settled (`Outcome.isRecovery`).
    /// A patient struck by two faults counts twice, once per fault recovered.
    package static let faultsRecovered = Metric(column: "faults_recovered", labName: "faults_recovered", unit: .events,
                                               label: Bilingual(en: "faults recovered", ja: "対応できたトラブル")) { s in
        Double(Fault.allCases.reduce(0) { sum, fault in
            sum + Outcome.allCases.reduce(0) { $0 + ($1.isRecovery ? s.stats(fault).outcomes[$1.index] : 0) }
        })
    }

    // MARK: Confirmations, staff, the day

    package static let mynaConfirmations = Metric(column: "myna_confirmations", unit: .events,
                                                 label: Bilingual(en: "online confirmations with the My Number card", ja: "マイナ保険証によるオンライン資格確認")) {
        Double($0.mynaConfirmations)
    }
    package static let onlineConfirmations = Metric(column: "online_confirmations", unit: .events,
                                                   label: Bilingual(en: "online confirmations", ja: "オンライン資格確認")) { Double($0.onlineConfirmations) }
    /// 利用率: My Number confirmations over all online confirmations (docs/scenario-format.md).
    package static let usageRate = Metric(key: "usage_rate", column: "usage_rate", labName: "usage_rate_pct", unit: .fraction,
                                         label: Bilingual(en: "usage rate", ja: "利用率")) { $0.usageRate }
    package static let readerUtilization = Metric(key: "utilization.readers", column: "reader_utilization", unit: .fraction,
                                                 label: Bilingual(en: "card readers busy", ja: "カードリーダー稼働率")) { $0.readerUtilization }
    package static let deskUtilization = Metric(key: "utilization.desks", column: "desk_utilization", labName: "desk_utilization_pct",
                                               unit: .fraction, label: Bilingual(en: "desk staff busy", ja: "受付職員稼働率")) { $0.staffUtilization }
    package static let decisionErrors = Metric(key: "decision_errors", column: "decision_errors", unit: .events,
                                              label: Bilingual(en: "decisions against the standard recovery", ja: "標準と異なる判断")) { Double($0.decisionErrors) }
    package static let closedAt = Metric(key: "closed_at_seconds", column: "closed_at", unit: .sinceOpening,
                                        label: Bilingual(en: "last patient left", ja: "最後の患者が帰った時刻")) { $0.duration }

    // MARK: Lists

    /// Every metric, the columns of `replications` in table order.
    package static let all: [Metric] = [arrivedAll, servedAll, renegedAll, counted, served, reneged] + waitBeforeDesk + timeAtReception
        + CredentialPath.allCases.flatMap { [byPath($0).patients] + byPath($0).wait } + Outcome.allCases.map(outcome)
        + Fault.allCases.flatMap { fault($0).all }
        + [faultsRecovered, mynaConfirmations, onlineConfirmations, usageRate, readerUtilization, deskUtilization,
           decisionErrors, closedAt] + queueing

    /// The figures of `run --format json`.
    package static let run = all.filter { $0.key != nil }
    /// The columns of `replications`.
    package static let columns = all.filter { $0.column != nil }
    /// The metrics of `sweep`, in its columns' order.
    package static let swept = [meanWait, p90Wait, meanTimeAtReception, faultsRecovered, usageRate, reneged, deskUtilization,
                               numberInSystem, numberWaiting]
    /// The metrics `madoguchi compare` reports, in the order.
    package static let compared = [meanWait, p90Wait, meanTimeAtReception, faultsRecovered, usageRate]
}
