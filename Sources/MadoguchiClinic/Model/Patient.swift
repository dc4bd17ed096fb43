import MadoguchiSim

/// A synthetic patient while at reception. No personal data exists in the model: a patient
/// is an id, a credential and a fate drawn from the scenario's rates.
package struct Patient: Sendable {
    package enum Phase: Sendable { case readerQueue, atReader, deskQueue, atDesk, done }

    package enum Queue: String, Sendable, Codable { case reader, desk }

    /// Where a patient is inside the reader or desk procedure, so a pending decision or a
    /// finished step knows how to go on.
    package enum Step: Sendable, Equatable, Hashable, Codable {
        case waiting
        case gettingHelp
        case failedRead
        /// The card was read but refused: its certificate is revoked or expired (006).
        case certificateRefused
        case failedFace
        case failedPIN
        case visualCheck
        /// Identity confirmed, but the reader cannot reach the online system (line down).
        case connectionFailed
        case cardFlow
        case awaitingDecision
        case registration
        case onlineByNumber
        case recovery(StaffAction)
        case finishing
    }

    package let id: Int
    package let arrival: Double
    package let path: CredentialPath
    package let visit: VisitType
    package internal(set) var method: AuthMethod
    /// Faults drawn on arrival; `seen` holds those that actually struck.
    package let fate: FaultSet
    let pinKnown: Bool
    let backup: BackupCredential?
    let refusesEverything: Bool
    /// A 資格確認書 past its printed expiry: it proves nothing by eye, only online.
    let certificateExpired: Bool
    /// The patient's own stream: every duration and chance of this patient comes from it,
    /// so compared scenarios see the same patients whatever order they are served in.
    /// SplitMix64, seeded by one addition, where a xoshiro256** stream took four mixes to
    /// seed (about 50 instructions a patient, for the few dozen draws a patient makes).
    var rng: SplitMix64

    package internal(set) var phase: Phase = .readerQueue
    package internal(set) var step: Step = .waiting
    /// When the current timed step started and ends, for progress bars.
    package internal(set) var stepStarted: Double = 0
    package internal(set) var stepEnds: Double = 0
    package internal(set) var reader: Int = -1
    package internal(set) var staff: Int = -1
    var readAttempts = 0
    var faceAttempts = 0
    var readerErrorCleared = false
    /// Switched to the PIN after a failed face match without remembering it.
    var pinForgotten = false
    var faceWorks = false
    var helped = false
    var identityConfirmed = false
    var usedVisualMode = false
    package internal(set) var problem: EligibilityProblem?
    /// The record the online check returned, to be checked at the desk.
    var result: OnlineResult?
    /// A query by number that matched several records was narrowed down and made again.
    var narrowed = false
    /// The result code a script gives his eligibility fault.
    var scriptedResult: OnlineResult.Status?
    /// Details written down during an outage, to be confirmed once the line is back.
    var noted = false
    /// When patience runs out, counted from arrival; a patient still queueing then leaves.
    var leavesAt = Double.infinity
    var renegeScheduled = false
    var queuedSince: Double = 0
    var waited: Double = 0
    package internal(set) var seen = FaultSet()
    var readerStart: Double?
    var readerEnd: Double?
    var deskQueueEntry: Double?
    var serviceStart: Double?
    var recoveryStart: Double?
    var decisionErrors = 0
    var outcome: Outcome?

    init(id: Int, arrival: Double, path: CredentialPath, visit: VisitType, method: AuthMethod, fate: FaultSet,
         pinKnown: Bool, backup: BackupCredential?, refusesEverything: Bool, certificateExpired: Bool = false,
         rng: SplitMix64) {
        self.id = id
        self.arrival = arrival
        self.path = path
        self.visit = visit
        self.method = method
        self.fate = fate
        self.pinKnown = pinKnown
        self.backup = backup
        self.refusesEverything = refusesEverything
        self.certificateExpired = certificateExpired
        self.rng = rng
    }

    /// What a new slot holds until its first patient comes: no one, as if he had left.
    static var departed: Patient {
        var nobody = Patient(id: -1, arrival: 0, path: .none, visit: .return, method: .face, fate: [], pinKnown: false,
                             backup: nil, refusesEverything: false, rng: SplitMix64(seed: 0))
        nobody.phase = .done
        return nobody
    }

    /// What the clerk can know of this patient. Read on every question and arrival:
    /// inlined, so the patient is not copied to build it.
    @inline(__always) package var facts: PatientFacts {
        PatientFacts(patient: id, arrival: arrival, path: path, visit: visit, method: method,
                     rareKanji: fate.contains(.unrenderableName), backup: backup, knowsPIN: pinKnown,
                     refusesEverything: refusesEverything)
    }

    /// Time spent queueing so far (reader queue and desk queue), not time being served.
    @inline(__always) package func waitSoFar(at now: Double) -> Double {
        waited + (phase == .readerQueue || phase == .deskQueue ? now - queuedSince : 0)
    }

    // The moves below change several fields at once: made on `patients[slot]`, each is one
    // access to the array (one uniqueness check) where setting the fields one by one took
    // one access each.

    @inline(__always) mutating func joinReaderQueue(at now: Double) {
        phase = .readerQueue
        queuedSince = now
    }

    @inline(__always) mutating func joinDeskQueue(at now: Double) {
        phase = .deskQueue
        queuedSince = now
        deskQueueEntry = now
        setStep(.waiting, from: now, to: now)
    }

    @inline(__always) mutating func startAtReader(_ r: Int, at now: Double) {
        waited += now - queuedSince
        phase = .atReader
        reader = r
        readerStart = now
    }

    @inline(__always) mutating func startAtDesk(_ s: Int, at now: Double) {
        waited += now - queuedSince
        phase = .atDesk
        staff = s
        serviceStart = now
    }

    @inline(__always) mutating func setStep(_ step: Step, from start: Double, to end: Double) {
        self.step = step
        stepStarted = start
        stepEnds = end
    }

    /// The patient leaves reception.
    @inline(__always) mutating func leave(at now: Double, outcome: Outcome) {
        waited = waitSoFar(at: now)
        phase = .done
        self.outcome = outcome
    }

    /// The record of a patient who left at `now` with `outcome`. Inlined into `leave`, its one
    /// caller, so that only the fields read there are ever built.
    @inline(__always) func record(leftAt now: Double, outcome: Outcome) -> PatientRecord {
        PatientRecord(id: id, path: path, visit: visit, method: method, arrival: arrival,
                      readerStart: readerStart, readerEnd: readerEnd, deskQueueEntry: deskQueueEntry,
                      serviceStart: serviceStart, serviceEnd: outcome == .reneged ? nil : now,
                      faults: seen, recoveryStart: recoveryStart,
                      recoveryEnd: recoveryStart == nil ? nil : now,
                      outcome: outcome, wait: waited, decisionErrors: decisionErrors)
    }
}
