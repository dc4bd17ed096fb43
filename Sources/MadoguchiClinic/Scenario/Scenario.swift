import MadoguchiSim

/// Everything that defines a clinic morning. Every assumed figure of DOMAIN.md lives here,
/// filled from a scenario file over the defaults in Scenarios/defaults.toml, never in code.
package struct Scenario: Sendable {
    package var title: String
    package var titleJa: String
    package var clinic: String
    package var date: CalendarDate
    package var opening: ClockTime
    package var closing: ClockTime
    package var seed: UInt64
    package var replications: Int
    /// Patients arriving earlier than this many seconds after opening are left out of the
    /// statistics: steady-state validation runs delete their warm-up.
    package var warmup: Double

    package var desks: Int
    package var readers: Int
    /// Free staff help a patient waiting at a reader before serving the desk queue: the
    /// clinic's own rule, and the standard answer to `Situation.nextTask`.
    package var readerHelpFirst: Bool

    package var arrivals: [ArrivalWindow]
    package var pathMix: Mix<CredentialPath>
    package var firstVisitShare: Double
    /// Each path's flow time at the reader and identity methods.
    package var paths: PerCase<CredentialPath, PathSetup>
    /// Which other proof a patient who carries one has (`PatientTraits.backupCredential`).
    package var backupMix: Mix<BackupCredential>
    /// What the online check answers for an eligibility fault: 無効, 無効（新しい資格あり）
    /// or 該当資格なし.
    package var invalidResultMix: Mix<OnlineResult.Status>

    package var patients: PatientTraits
    package var times: ServiceTimes
    package var faults: FaultRates
    package var outages: [Outage]
    /// Patients a lesson scripts, arriving besides those of `arrivals`.
    package var script: [ScriptedPatient]

    /// Where the scenario came from and its text, kept with every recorded result.
    package var origin: String
    package var text: String

    package init(title: String, titleJa: String, clinic: String, date: CalendarDate,
                opening: ClockTime, closing: ClockTime, seed: UInt64, replications: Int, warmup: Double,
                desks: Int, readers: Int, arrivals: [ArrivalWindow], pathMix: Mix<CredentialPath>,
                firstVisitShare: Double, paths: PerCase<CredentialPath, PathSetup>,
                backupMix: Mix<BackupCredential>, invalidResultMix: Mix<OnlineResult.Status> = Mix([(.invalid, 1)]),
                patients: PatientTraits, times: ServiceTimes, faults: FaultRates, outages: [Outage],
                script: [ScriptedPatient] = [], readerHelpFirst: Bool = true,
                origin: String, text: String) {
        self.title = title
        self.titleJa = titleJa
        self.clinic = clinic
        self.date = date
        self.opening = opening
        self.closing = closing
        self.seed = seed
        self.replications = replications
        self.warmup = warmup
        self.desks = desks
        self.readers = readers
        self.readerHelpFirst = readerHelpFirst
        self.arrivals = arrivals
        self.pathMix = pathMix
        self.firstVisitShare = firstVisitShare
        self.paths = paths
        self.backupMix = backupMix
        self.invalidResultMix = invalidResultMix
        self.patients = patients
        self.times = times
        self.faults = faults
        self.outages = outages
        self.script = script
        self.origin = origin
        self.text = text
    }

    /// Simulated time runs in seconds from opening.
    package func simulatedTime(_ clock: ClockTime) -> Double {
        clock.secondsSinceMidnight - opening.secondsSinceMidnight
    }

    package func clock(at simulatedTime: Double) -> ClockTime {
        ClockTime(seconds: opening.secondsSinceMidnight + simulatedTime)
    }

    /// The arrival process in simulated time; no one arrives after closing.
    package var arrivalRate: PiecewiseRate {
        PiecewiseRate(segments: arrivals.map {
            PiecewiseRate.Segment(start: simulatedTime($0.from),
                                  end: min(simulatedTime($0.to), simulatedTime(closing)),
                                  rate: $0.perHour / 3600)
        })
    }
}
