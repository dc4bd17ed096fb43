import MadoguchiClinic

/// One figure of a replication, defined once for every output that shows it: its key path in
/// `run --format json`, its column in a recording's `replications`, its name in `sweep` and
/// `compare`, its unit and labels, and how it is read from the replication's statistics (a
/// fold over the patient records). MetricCatalogue lists them.
package struct Metric: Sendable, Equatable {
    package enum Unit: Sendable {
        /// Whole patients a day.
        case patients
        /// Whole events a day: faults, confirmations, decisions.
        case events
        /// A duration in seconds, shown in minutes.
        case seconds
        /// A moment of the day in seconds from opening, shown in minutes after opening.
        case sinceOpening
        /// A share from 0 to 1, shown in percent.
        case fraction
        /// A time-average number of patients.
        case meanPatients
        /// Patients a second, shown per hour.
        case perSecond

        /// The values a figure in this unit can take: a count or a duration is never below
        /// 0, a share never outside [0, 1]. Intervals are cut at them (Estimate).
        package var range: ClosedRange<Double> { self == .fraction ? Estimate.fraction : Estimate.nonNegative }

        /// Counts are whole numbers: kept as integers in a recording.
        var isWhole: Bool { self == .patients || self == .events }

        /// The value in the unit shown to people.
        package func shown(_ value: Double) -> Double {
            switch self {
            case .seconds, .sinceOpening: return value / 60
            case .fraction: return value * 100
            case .perSecond: return value * 3600
            case .patients, .events, .meanPatients: return value
            }
        }

        /// The unit shown to people.
        package var name: Bilingual {
            switch self {
            case .patients: return Bilingual(en: "patients per day", ja: "人/日")
            case .events: return Bilingual(en: "per day", ja: "件/日")
            case .seconds: return Bilingual(en: "min", ja: "分")
            case .sinceOpening: return Bilingual(en: "min after opening", ja: "分(開始から)")
            case .fraction: return Bilingual("%")
            case .meanPatients: return Bilingual(en: "patients", ja: "人")
            case .perSecond: return Bilingual(en: "patients per hour", ja: "人/時")
            }
        }

        /// The unit of a difference of two values: percentage points for shares.
        package var differenceName: Bilingual {
            self == .fraction ? Bilingual(en: "points", ja: "ポイント") : name
        }
    }

    /// Key path in `run --format json` (`wait_before_desk_seconds.p90`), if shown there.
    package let key: String?
    /// Column of `replications` (docs/recording.md), if kept there.
    package let column: String?
    /// Name in `sweep` and `compare` (`mean_wait_min`), in the unit shown, if shown there.
    package let labName: String?
    package let unit: Unit
    package let label: Bilingual
    /// The replication's value in the unit of the JSON and the recording; nil when the
    /// replication has none (no patient recovered from that fault).
    let read: @Sendable (ClinicStatistics) -> Double?

    init(key: String? = nil, column: String? = nil, labName: String? = nil, unit: Unit, label: Bilingual,
         _ read: @escaping @Sendable (ClinicStatistics) -> Double?) {
        self.key = key
        self.column = column
        self.labName = labName
        self.unit = unit
        self.label = label
        self.read = read
    }

    package func value(_ statistics: ClinicStatistics) -> Double? { read(statistics) }

    /// The value in the unit shown to people, 0 for a replication without one.
    package func shownValue(_ statistics: ClinicStatistics) -> Double { unit.shown(read(statistics) ?? 0) }

    /// Mean and interval over the replications that have a value, cut at the unit's range;
    /// 0 when none has one.
    package func estimate(_ replications: [ClinicStatistics]) -> Estimate {
        Estimate(replications.compactMap(read), within: unit.range)
    }

    /// The values the metric can take in the unit shown (percentages up to 100).
    package var shownRange: ClosedRange<Double> { unit == .fraction ? 0...100 : Estimate.nonNegative }

    /// The values a difference B − A of the metric can take, in the unit shown.
    var differenceRange: ClosedRange<Double> {
        shownRange.upperBound.isFinite ? -shownRange.upperBound...shownRange.upperBound : -Double.infinity...Double.infinity
    }

    /// Whether a smaller value is the better one, as for waits.
    var isDuration: Bool { unit == .seconds }

    /// Decimals shown in the unit shown.
    var digits: Int { unit == .fraction ? 2 : 1 }

    /// The same figure: its names say which.
    package static func == (a: Metric, b: Metric) -> Bool {
        a.key == b.key && a.column == b.column && a.labName == b.labName
    }
}
