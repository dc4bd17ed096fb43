import DequeModule
import MadoguchiSim

/// The reception desk of DOMAIN.md on the event engine: patients arrive, use the card
/// reader or show a paper credential, queue for the desk staff, meet faults and leave with
/// an outcome. Every staff decision is put to `Policy`.
///
/// All state is in value types and the events are a plain enum, so the engine's loop is
/// specialised for this model and no event allocates.
package struct ClinicModel<Policy: StaffPolicy>: SimulationModel {
    package enum Event: Sendable {
        case arrival
        /// The scenario's scripted patient number n arrives (lessons); it schedules the next.
        case scriptedArrival(Int)
        case readerStepDone(slot: Int)
        case staffStepDone(staff: Int)
        /// The earliest patience deadline is due; stale when a later check replaced it.
        case renegeCheck(generation: Int)
        case network(up: Bool)
        case reader(Int, working: Bool)
        /// A staff answer, from the autopilot after its thinking time or from the keyboard.
        case answer(ticket: Int, action: StaffAction)
        /// The next patient for whom it can happen meets this fault (presenter's key).
        case forceFault(Fault)
        /// The scenario's outage boundary number n; it schedules the next one, so a long
        /// multi-day run never holds all of them in the event list at once.
        case scheduledOutage(Int)
    }

    /// A place in a queue; the id detects a slot reused after its patient left.
    struct QueueEntry {
        var slot: Int
        var id: Int
    }

    package enum StaffTask: Sendable, Equatable {
        case desk(slot: Int)
        case assist(slot: Int)
        case visual(slot: Int)
        /// The duration is drawn when asked for, from the patient who was confirmed.
        case switchBack(reader: Int, duration: Double)
        case confirmNoted(count: Int, duration: Double)
        /// A free member of staff waits for the answer to `Situation.nextTask`.
        case deciding
    }

    package struct ReaderState: Sendable {
        package internal(set) var patient = -1
        package internal(set) var visualMode = false
        package internal(set) var working = true
    }

    package struct StaffState: Sendable {
        package internal(set) var task: StaffTask?
    }

    package struct PendingDecision: Sendable {
        package let decision: Decision
        /// The patient's slot, or -1 for a question about the clinic.
        package let slot: Int
        package let patientID: Int
        package let staff: Int
        package let reader: Int
        /// The policy left it to a person.
        package let forPerson: Bool
    }

    package let scenario: Scenario
    package var policy: Policy
    let arrivalRate: PiecewiseRate
    /// Every outage start and end of the scenario, in time order.
    let outageBoundaries: [(time: Double, event: Event)]
    let legacyStatus: LegacyCardStatus
    /// Whether a path's credential is past its printed date: 資格確認書, once the scenario's
    /// date is past their expiry. Per path, so that no branch is taken on a patient's path.
    let pastExpiry: PerCase<CredentialPath, Bool>
    /// The scenario's chances and method mixes drawn for every patient, flat and in draw
    /// order, so no per-case table is looked up then.
    let arrivalChances: ArrivalChances
    let methodDraws: [(path: CredentialPath, methods: Mix<AuthMethod>)]
    /// The method of a path whose holders have no choice (or the usual one).
    let usualMethod: PerCase<CredentialPath, AuthMethod>
    /// Profile facts the model reads at every turn, held here: a global table's lazy
    /// initialisation check in the hot path costs every caller a copy of its patient.
    let atReader: PerCase<CredentialPath, Bool>
    let via: PerCase<CredentialPath, OnlineResult.Via>
    let check: PerCase<AuthMethod, AuthMethod.Check>
    /// `CredentialPath.impossibleFaults` by path: looked up, not chosen by a branch on the
    /// path, which went the wrong way for many patients.
    let impossibleFaults: PerCase<CredentialPath, FaultSet>
    var arrivalRNG: Xoshiro256
    /// Where the last arrival fell in the rate profile, so the next search starts there.
    var arrivalSegment = 0
    var attributeRNG: Xoshiro256
    /// Durations of staff work that belongs to no patient (confirming after an outage).
    var clinicRNG: Xoshiro256
    /// The policy's thinking times, apart from every other stream: a trainee answers in his
    /// own time and draws none, and must still meet the patients and chances the autopilot
    /// meets in the debrief's run of the same lesson (drawn from the patient's stream, they
    /// moved his later retries and durations).
    var thinkingRNG: Xoshiro256

    /// Patients at reception, by slot; a slot is reused once its patient has left. Like every
    /// `SlotArray` here, made unique in `willHandleEvents`, so that writes need no check.
    package internal(set) var patients = SlotArray<Patient>()
    var freeSlots = SlotArray<Int>()
    /// Patience deadlines of queued patients, and the one check the event list holds for them.
    /// A deadline waits in `newDeadlines` until the next check, which puts it in the heap
    /// only if its patient is still at reception (ClinicModel+Patience.swift).
    var deadlines = MinHeap<RenegeDeadline>()
    var newDeadlines = SlotArray<RenegeDeadline>()
    var deadlineSequence = 0
    var nextCheck = Double.infinity
    var checkGeneration = 0
    package internal(set) var readers: SlotArray<ReaderState>
    var readerPool: ServerPool<QueueEntry>
    package internal(set) var staff: SlotArray<StaffState>
    var staffPool: ServerPool<QueueEntry>
    /// Staff work at the readers goes before the desk queue: a patient is blocking a reader.
    var urgent: Deque<StaffTask> = []
    /// Decisions waiting for an answer, oldest first (tickets only grow, so appending keeps
    /// the order). A few at a time: a scan for a ticket costs less than the dictionary's
    /// hashing did for every decision left to think over.
    package internal(set) var pending: [(ticket: Int, decision: PendingDecision)] = []
    var nextTicket = 0
    package internal(set) var networkUp = true
    /// Staff send card patients to the desk while every reader is out of order.
    var cardPatientsToDesk = false
    /// Patients noted during the current outage, to be confirmed once the line is back.
    var notedInOutage = 0
    var forced = FaultSet()
    var nextID = 0
    package internal(set) var statistics = ClinicStatistics()
    /// When the last patient so far left reception: where the day's books close.
    var lastDeparture = 0.0
    /// No patient will arrive any more, by the arrival rate or by the script.
    var arrivalsEnded: Bool { rateEnded && scriptEnded }
    var rateEnded = false
    var scriptEnded = false
    /// Collected when non-nil; the owner drains it (the desk each frame, recordings per run).
    package var log: [TimedClinicEvent]?
    package var records: [PatientRecord]?

    package init(scenario: Scenario, policy: Policy, streams: RandomStreams, replication: Int) {
        self.scenario = scenario
        self.policy = policy
        arrivalRate = scenario.arrivalRate
        outageBoundaries = scenario.outages.flatMap { outage -> [(time: Double, event: Event)] in
            let from = max(0, scenario.simulatedTime(outage.from)), to = max(from, scenario.simulatedTime(outage.to))
            switch outage.kind {
            case .network: return [(from, .network(up: false)), (to, .network(up: true))]
            case .reader(let r): return [(from, .reader(r, working: false)), (to, .reader(r, working: true))]
            }
        }.enumerated().sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }.map(\.element)
        legacyStatus = LegacyCardStatus(on: scenario.date)
        pastExpiry = PerCase { $0 == .certificate && scenario.date > scenario.patients.certificateExpiry }
        arrivalChances = ArrivalChances(scenario)
        methodDraws = CredentialPath.drawsMethod.map { ($0, scenario.paths[$0].methods) }
        usualMethod = PerCase { scenario.paths[$0].methods.options[0] }
        atReader = PerCase(\.usesReader)
        impossibleFaults = PerCase(\.impossibleFaults)
        via = PerCase(\.profile.via)
        check = PerCase(\.check)
        arrivalRNG = streams.generator(replication: replication, purpose: 1)
        attributeRNG = streams.generator(replication: replication, purpose: 2)
        clinicRNG = streams.generator(replication: replication, purpose: 3)
        thinkingRNG = streams.generator(replication: replication, purpose: 4)
        readers = SlotArray(repeating: ReaderState(), count: scenario.readers)
        readerPool = ServerPool(capacity: scenario.readers)
        staff = SlotArray(repeating: StaffState(), count: scenario.desks)
        staffPool = ServerPool(capacity: scenario.desks)
    }

    /// A simulator with the first arrival and the first outage boundary in its event list.
    package static func simulator(scenario: Scenario, policy: Policy, seed: UInt64, replication: Int) -> Simulator<Self> {
        var model = Self(scenario: scenario, policy: policy, streams: RandomStreams(seed: seed), replication: replication)
        let first = model.arrivalRate.nextArrival(after: 0, &model.arrivalRNG, segmentHint: &model.arrivalSegment)
        var sim = Simulator(model: model)
        if let first { sim.schedule(.arrival, at: first) } else { sim.model.rateEnded = true }
        if let scripted = scenario.script.first { sim.schedule(.scriptedArrival(0), at: scripted.at) } else { sim.model.scriptEnded = true }
        if let boundary = sim.model.outageBoundaries.first { sim.schedule(.scheduledOutage(0), at: boundary.time) }
        return sim
    }

    /// The engine calls it before a run of events: a copied model shares its storage until then.
    package mutating func willHandleEvents() {
        statistics.makeUnique()
        patients.makeUnique()
        freeSlots.makeUnique()
        newDeadlines.makeUnique()
        readers.makeUnique()
        staff.makeUnique()
        readerPool.makeLineUnique()
        staffPool.makeLineUnique()
    }

    package mutating func handle(_ event: Event, queue q: inout EventQueue<Event>) {
        switch event {
        case .arrival:
            arrive(&q)
        case .scriptedArrival(let n):
            arriveScripted(n, &q)
        case .readerStepDone(let slot):
            readerStepDone(slot, &q)
        case .staffStepDone(let s):
            staffStepDone(s, &q)
        case .renegeCheck(let generation):
            renegeCheck(generation, &q)
        case .network(let up):
            setNetwork(up: up, &q)
        case .reader(let r, let working):
            setReader(r, working: working, &q)
        case .answer(let ticket, let action):
            answer(ticket, action, &q)
        case .forceFault(let fault):
            forced.insert(fault)
        case .scheduledOutage(let n):
            outageBoundary(n, &q)
        }
    }

    /// Everyone who came has left and no one else will: what is left in the event list (an
    /// outage ending, a patience deadline of someone served) changes nothing for patients.
    package var isDayOver: Bool { arrivalsEnded && statistics.inSystem == 0 }

    /// Patients waiting for a reader, in queue order.
    package var readerQueue: [Patient] { queued(readerPool.waiting) }
    /// Patients waiting for the desk, in queue order.
    package var deskQueue: [Patient] { queued(staffPool.waiting) }

    func queued(_ entries: Deque<QueueEntry>) -> [Patient] {
        entries.compactMap { isGone($0) ? nil : patients[$0.slot] }
    }

    func isGone(_ entry: QueueEntry) -> Bool { Self.isGone(entry, patients) }

    static func isGone(_ entry: QueueEntry, _ patients: SlotArray<Patient>) -> Bool {
        patients[entry.slot].id != entry.id || patients[entry.slot].phase == .done
    }

    /// The next queued patient who has not left. Static so that the pool and the patients,
    /// two stored properties, can be accessed together without copying the patients.
    static func popLive(_ pool: inout ServerPool<QueueEntry>, _ patients: SlotArray<Patient>) -> QueueEntry? {
        pool.next { isGone($0, patients) }
    }

    /// Patients in the pool's queue who have not left; static for the same reason, and so
    /// that no copy of the patients outlives the count (a write would then find them shared).
    static func liveCount(_ pool: ServerPool<QueueEntry>, _ patients: SlotArray<Patient>) -> Int {
        pool.waitingCount { !isGone($0, patients) }
    }

    /// Busy and available time of readers and staff until the last patient left, written into
    /// the statistics (docs/run-json.md). Not the time of the last event: an outage ending or
    /// a patience check for someone already served may come later and must not stretch the
    /// day, as renege events once stretched it by hours.
    package mutating func closeBooks() {
        let now = lastDeparture
        statistics.duration = now
        statistics.readerBusySeconds = readerPool.busyTime(at: now)
        statistics.readerAvailableSeconds = Double(readers.count) * now
        statistics.staffBusySeconds = staffPool.busyTime(at: now)
        statistics.staffAvailableSeconds = Double(staff.count) * now
    }

    /// Share of the time since opening that readers and staff were busy, for a live view;
    /// `closeBooks` does the same for a finished run.
    package func utilization(at now: Double) -> (readers: Double, staff: Double) {
        guard now > 0 else { return (0, 0) }
        return (readerPool.busyTime(at: now) / (Double(readers.count) * now),
                staffPool.busyTime(at: now) / (Double(staff.count) * now))
    }
}

extension [TimedClinicEvent]? {
    /// Appends the event when a log is kept. Taken as an autoclosure, so a run that keeps no
    /// log never builds one: built first and then dropped, a patient's events cost some 200
    /// instructions. A method of the log, not of the model, so that the closure may read the
    /// model's patients while the log alone is being modified.
    @inline(__always) mutating func note(_ event: @autoclosure () -> ClinicEvent, _ now: Double) {
        if self != nil { self!.append(TimedClinicEvent(time: now, event: event())) }
    }
}
