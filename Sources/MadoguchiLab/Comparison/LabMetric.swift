import MadoguchiClinic

/// The figures experiments compare and sweep, each read from one replication's statistics.
public enum LabMetric: String, CaseIterable, Sendable {
    case meanWait = "mean_wait_min"
    case p90Wait = "p90_wait_min"
    case timeAtReception = "time_at_reception_min"
    case faultsRecovered = "faults_recovered"
    case usageRate = "usage_rate_pct"
    case reneged = "reneged"
    case deskUtilization = "desk_utilization_pct"

    /// The metrics `madoguchi compare` reports, in the order.
    public static let compared: [LabMetric] = [.meanWait, .p90Wait, .timeAtReception, .faultsRecovered, .usageRate]

    /// The value in the unit shown to people (minutes, percent, counts).
    public func value(_ s: ClinicStatistics) -> Double {
        switch self {
        case .meanWait: return (s.wait.tally.count > 0 ? s.wait.tally.mean : 0) / 60
        case .p90Wait: return s.wait.histogram.percentile(90) / 60
        case .timeAtReception: return (s.timeAtReception.tally.count > 0 ? s.timeAtReception.tally.mean : 0) / 60
        case .faultsRecovered: return Double(Self.faultsRecovered(s))
        case .usageRate: return s.usageRate * 100
        case .reneged: return Double(s.count(.reneged))
        case .deskUtilization: return s.staffUtilization * 100
        }
    }

    /// Faults met by patients who still left with their coverage settled (online, another
    /// credential or 申立書): neither gone before service nor charged 10割. A patient struck
    /// by two faults counts twice, once per fault recovered.
    public static func faultsRecovered(_ s: ClinicStatistics) -> Int {
        s.faults.reduce(0) { sum, f in
            sum + Outcome.allCases.reduce(0) { $0 + ($1.isRecovery ? f.outcomes[$1.index] : 0) }
        }
    }

    public var name: Bilingual {
        switch self {
        case .meanWait: return Bilingual(en: "mean wait", ja: "平均待ち時間")
        case .p90Wait: return Bilingual(en: "90th-percentile wait", ja: "待ち時間の90パーセンタイル")
        case .timeAtReception: return Bilingual(en: "mean time at reception", ja: "受付の平均所要時間")
        case .faultsRecovered: return Bilingual(en: "faults recovered", ja: "対応できたトラブル")
        case .usageRate: return Bilingual(en: "usage rate", ja: "利用率")
        case .reneged: return Bilingual(en: "patients who left unserved", ja: "受付前に帰った患者")
        case .deskUtilization: return Bilingual(en: "desk staff busy", ja: "受付職員稼働率")
        }
    }

    public var unit: Bilingual {
        switch self {
        case .meanWait, .p90Wait, .timeAtReception: return Bilingual(en: "min", ja: "分")
        case .faultsRecovered: return Bilingual(en: "per day", ja: "件/日")
        case .reneged: return Bilingual(en: "patients per day", ja: "人/日")
        case .usageRate, .deskUtilization: return Bilingual(en: "points", ja: "ポイント")
        }
    }

    /// Whether a smaller value is the better one (waits) rather than a larger (recoveries).
    var isDuration: Bool { self == .meanWait || self == .p90Wait || self == .timeAtReception }

    /// The values the metric can take (percentages up to 100, counts and minutes from 0):
    /// intervals are cut at them.
    public var range: ClosedRange<Double> { self == .usageRate || self == .deskUtilization ? 0...100 : Estimate.nonNegative }

    /// The values a difference B − A of the metric can take.
    var differenceRange: ClosedRange<Double> {
        range.upperBound.isFinite ? -range.upperBound...range.upperBound : -Double.infinity...Double.infinity
    }

    /// Decimals shown.
    var digits: Int { self == .usageRate || self == .deskUtilization ? 2 : 1 }
}
