import MadoguchiSim

/// Everything that defines a clinic morning. Every assumed figure of DOMAIN.md lives here,
/// filled from a scenario file over the defaults in Scenarios/defaults.toml, never in code.
public struct Scenario: Sendable {
    public var title: String
    public var titleJa: String
    public var clinic: String
    public var date: CalendarDate
    public var opening: ClockTime
    public var closing: ClockTime
    public var seed: UInt64
    public var replications: Int
    /// Patients arriving earlier than this many seconds after opening are left out of the
    /// statistics: steady-state validation runs delete their warm-up.
    public var warmup: Double

    public var desks: Int
    public var readers: Int

    public var arrivals: [ArrivalWindow]
    public var pathMix: Mix<CredentialPath>
    public var firstVisitShare: Double
    /// face / pin / pinless among `myna_card` patients.
    public var cardMethodMix: Mix<AuthMethod>
    /// iphone / android among `myna_phone` patients.
    public var phoneMethodMix: Mix<AuthMethod>

    public var patients: PatientTraits
    public var times: ServiceTimes
    public var faults: FaultRates
    public var outages: [Outage]

    /// Where the scenario came from and its text, kept with every recorded result.
    public var origin: String
    public var text: String

    public init(title: String, titleJa: String, clinic: String, date: CalendarDate,
                opening: ClockTime, closing: ClockTime, seed: UInt64, replications: Int, warmup: Double,
                desks: Int, readers: Int, arrivals: [ArrivalWindow], pathMix: Mix<CredentialPath>,
                firstVisitShare: Double, cardMethodMix: Mix<AuthMethod>, phoneMethodMix: Mix<AuthMethod>,
                patients: PatientTraits, times: ServiceTimes, faults: FaultRates, outages: [Outage],
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
        self.arrivals = arrivals
        self.pathMix = pathMix
        self.firstVisitShare = firstVisitShare
        self.cardMethodMix = cardMethodMix
        self.phoneMethodMix = phoneMethodMix
        self.patients = patients
        self.times = times
        self.faults = faults
        self.outages = outages
        self.origin = origin
        self.text = text
    }

    /// Simulated time runs in seconds from opening.
    public func simulatedTime(_ clock: ClockTime) -> Double {
        clock.secondsSinceMidnight - opening.secondsSinceMidnight
    }

    public func clock(at simulatedTime: Double) -> ClockTime {
        ClockTime(seconds: opening.secondsSinceMidnight + simulatedTime)
    }

    /// The arrival process in simulated time; no one arrives after closing.
    public var arrivalRate: PiecewiseRate {
        PiecewiseRate(segments: arrivals.map {
            PiecewiseRate.Segment(start: simulatedTime($0.from),
                                  end: min(simulatedTime($0.to), simulatedTime(closing)),
                                  rate: $0.perHour / 3600)
        })
    }
}

/// A stretch of the day with a constant arrival rate.
public struct ArrivalWindow: Sendable, Equatable {
    public var from: ClockTime
    public var to: ClockTime
    public var perHour: Double

    public init(from: ClockTime, to: ClockTime, perHour: Double) {
        self.from = from
        self.to = to
        self.perHour = perHour
    }
}

/// What patients bring and how they behave; all assumed, all per scenario.
public struct PatientTraits: Sendable, Equatable {
    /// Share of PIN users who remember their PIN when face recognition fails.
    public var pinKnown: Double
    /// Share who carry another way to prove coverage (マイナポータル, 資格確認書, legacy card).
    public var backupCredential: Double
    /// Share who refuse every procedure, the one case where 10割 is right.
    public var refusesEverything: Double
    /// How long a patient waits in a queue before leaving; nil means forever.
    public var patience: Distribution?

    public init(pinKnown: Double, backupCredential: Double, refusesEverything: Double, patience: Distribution?) {
        self.pinKnown = pinKnown
        self.backupCredential = backupCredential
        self.refusesEverything = refusesEverything
        self.patience = patience
    }
}

/// Durations in seconds of every step a patient or the staff can take.
public struct ServiceTimes: Sendable, Equatable {
    /// Card placed → face or PIN → consent → result, when all goes well.
    public var cardFlow: Distribution
    /// The smartphone flow at the general-purpose reader.
    public var phoneFlow: Distribution
    /// One failed read, face match or PIN attempt.
    public var failedAttempt: Distribution
    /// Staff helping a patient operate the reader.
    public var staffAssist: Distribution
    /// Staff logging in and switching a reader into (or out of) visual-confirmation mode.
    public var visualSwitch: Distribution
    /// Staff comparing the card photo with the patient.
    public var visualCheck: Distribution
    /// Desk registration of a return visit.
    public var registration: Distribution
    /// Questionnaire (問診票) and a new patient card (診察券) on a first visit.
    public var firstVisitPaperwork: Distribution
    /// Checking a paper credential by eye and typing it in.
    public var credentialCheck: Distribution
    /// Online confirmation by insurer number.
    public var onlineByNumber: Distribution
    /// Checking マイナポータル, a legacy card or 資格確認書 after a failure.
    public var otherCredentialCheck: Distribution
    /// Filling in 被保険者資格申立書.
    public var moushitatesho: Distribution
    /// Verbal confirmation against last-visit data (a return visit, nothing changed).
    public var verbalConfirmation: Distribution
    /// Writing down name, sex, birth date and address during an outage.
    public var manualRecord: Distribution
    /// Correcting a ● name by hand from the card face.
    public var nameFix: Distribution
    /// Setting aside another person's record, confirming identity, noting the report.
    public var wrongPersonHandling: Distribution
    /// The time a staff member takes to decide on a recovery.
    public var decision: Distribution

    public init(cardFlow: Distribution, phoneFlow: Distribution, failedAttempt: Distribution,
                staffAssist: Distribution, visualSwitch: Distribution, visualCheck: Distribution,
                registration: Distribution, firstVisitPaperwork: Distribution, credentialCheck: Distribution,
                onlineByNumber: Distribution, otherCredentialCheck: Distribution, moushitatesho: Distribution,
                verbalConfirmation: Distribution, manualRecord: Distribution, nameFix: Distribution,
                wrongPersonHandling: Distribution, decision: Distribution) {
        self.cardFlow = cardFlow
        self.phoneFlow = phoneFlow
        self.failedAttempt = failedAttempt
        self.staffAssist = staffAssist
        self.visualSwitch = visualSwitch
        self.visualCheck = visualCheck
        self.registration = registration
        self.firstVisitPaperwork = firstVisitPaperwork
        self.credentialCheck = credentialCheck
        self.onlineByNumber = onlineByNumber
        self.otherCredentialCheck = otherCredentialCheck
        self.moushitatesho = moushitatesho
        self.verbalConfirmation = verbalConfirmation
        self.manualRecord = manualRecord
        self.nameFix = nameFix
        self.wrongPersonHandling = wrongPersonHandling
        self.decision = decision
    }
}

/// Per-visit probabilities of each fault (assumed: surveys count clinics, not visits).
public struct FaultRates: Sendable, Equatable {
    public var readerError: Double
    /// Chance that the one retry after a reader error fails too.
    public var readerErrorRetryFails: Double
    public var faceMismatch: Double
    /// Chance that a second face attempt fails too.
    public var faceRetryFails: Double
    public var pinLock: Double
    public var eligibilityInvalid: Double
    public var certificateExpired: Double
    public var unrenderableName: Double
    public var wrongPerson: Double
    public var needsHelp: Double

    public init(readerError: Double, readerErrorRetryFails: Double, faceMismatch: Double, faceRetryFails: Double,
                pinLock: Double, eligibilityInvalid: Double, certificateExpired: Double,
                unrenderableName: Double, wrongPerson: Double, needsHelp: Double) {
        self.readerError = readerError
        self.readerErrorRetryFails = readerErrorRetryFails
        self.faceMismatch = faceMismatch
        self.faceRetryFails = faceRetryFails
        self.pinLock = pinLock
        self.eligibilityInvalid = eligibilityInvalid
        self.certificateExpired = certificateExpired
        self.unrenderableName = unrenderableName
        self.wrongPerson = wrongPerson
        self.needsHelp = needsHelp
    }
}

/// A scheduled failure: the network or confirmation system, or one card reader.
public struct Outage: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case network
        /// A reader by its index from 0.
        case reader(Int)
    }

    public var kind: Kind
    public var from: ClockTime
    public var to: ClockTime

    public init(kind: Kind, from: ClockTime, to: ClockTime) {
        self.kind = kind
        self.from = from
        self.to = to
    }
}
