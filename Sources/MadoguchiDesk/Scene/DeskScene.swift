import MadoguchiClinic
import MadoguchiSim

/// Everything the desk's panels show, folded from the clinic's event stream alone: the same
/// screens come from a live model, a trainee's session or a recording replayed.
package struct DeskScene: Sendable {
    /// A question put to the staff and not answered yet.
    package struct OpenQuestion: Sendable {
        package let ticket: Int
        package let decision: Decision
        package let askedAt: Double
        package let forPerson: Bool
    }

    package struct Reader: Sendable {
        package internal(set) var patient: Int?
        package internal(set) var working = true
        package internal(set) var visualMode = false
        /// Claimed by a patient, or kept until staff switch it back from visual mode.
        var held = false
    }

    package struct Staff: Sendable {
        package internal(set) var activity: StaffActivity?
        package internal(set) var ends = 0.0
    }

    package private(set) var now = 0.0
    package private(set) var patients: [Int: ScenePatient] = [:]
    /// Patient ids in queue order.
    package private(set) var readerQueue: [Int] = []
    package private(set) var deskQueue: [Int] = []
    package private(set) var readers: [Reader]
    package private(set) var staff: [Staff]
    package private(set) var networkUp = true
    /// Questions open to the staff, by ticket.
    package private(set) var pending: [Int: OpenQuestion] = [:]

    package private(set) var arrived = 0
    package private(set) var served = 0
    /// Waits of patients counted in the statistics (arrived after the warm-up, served).
    package private(set) var wait = DurationStats()
    package private(set) var mynaConfirmations = 0
    package private(set) var onlineConfirmations = 0
    package private(set) var faultsSeen = 0
    package private(set) var faultsRecovered = 0
    private var readerBusy = BusyClock()
    private var staffBusy = BusyClock()
    private let warmup: Double

    package init(readers: Int, desks: Int, warmup: Double) {
        self.readers = Array(repeating: Reader(), count: readers)
        staff = Array(repeating: Staff(), count: desks)
        self.warmup = warmup
    }

    package init(_ scenario: Scenario) {
        self.init(readers: scenario.readers, desks: scenario.desks, warmup: scenario.warmup)
    }

    package var usageRate: Double { onlineConfirmations > 0 ? Double(mynaConfirmations) / Double(onlineConfirmations) : 0 }

    /// Share of the time since opening that readers and staff were busy.
    package func utilization(at time: Double) -> (readers: Double, staff: Double) {
        guard time > 0 else { return (0, 0) }
        return (readers.isEmpty ? 0 : readerBusy.busyTime(at: time) / (Double(readers.count) * time),
                staff.isEmpty ? 0 : staffBusy.busyTime(at: time) / (Double(staff.count) * time))
    }

    /// Everyone queueing, for the reader or the desk, in order of arrival.
    package var waiting: [ScenePatient] {
        (readerQueue + deskQueue).compactMap { patients[$0] }.sorted { $0.facts.arrival < $1.facts.arrival }
    }

    /// Questions left to the person at the keyboard, oldest first.
    package var questionsForPerson: [OpenQuestion] {
        pending.values.filter(\.forPerson).sorted { $0.ticket < $1.ticket }
    }

    package mutating func apply(_ timed: TimedClinicEvent) {
        now = timed.time
        let t = timed.time
        switch timed.event {
        case .arrived(let facts):
            arrived += 1
            patients[facts.patient] = ScenePatient(facts: facts)
        case .queued(let id, let queue):
            stopQueueing(id, at: t)
            patients[id]?.queueing = true
            patients[id]?.queuedSince = t
            releaseReader(of: id)
            switch queue {
            case .reader:
                readerQueue.append(id)
                patients[id]?.place = .readerQueue
            case .desk:
                deskQueue.append(id)
                patients[id]?.place = .deskQueue
            }
        case .readerStarted(let id, let r):
            stopQueueing(id, at: t)
            patients[id]?.place = .atReader
            patients[id]?.reader = r
            readers[r].patient = id
            readers[r].held = true
            readerBusy.set(readers.filter(\.held).count, at: t)
        case .step(let id, let step, let ends):
            patients[id]?.step = step
            patients[id]?.stepStarted = t
            patients[id]?.stepEnds = ends
        case .fault(let id, let fault):
            faultsSeen += 1
            patients[id]?.seen.insert(fault)
        case .onlineResult(let id, let result):
            onlineConfirmations += 1
            if result.via.isMyNumber { mynaConfirmations += 1 }
            patients[id]?.result = result
        case .decisionPending(let ticket, let decision, let forPerson):
            pending[ticket] = OpenQuestion(ticket: ticket, decision: decision, askedAt: t, forPerson: forPerson)
            if case .eligibility(let problem, _) = decision.situation, let id = decision.patient?.patient {
                patients[id]?.problem = problem
            }
        case .decided(let ticket, let decision, let action, _):
            pending[ticket] = nil
            if action == .usePIN, let id = decision.patient?.patient { patients[id]?.method = .pin }
        case .deskStarted(let id, _):
            stopQueueing(id, at: t)
            patients[id]?.place = .atDesk
        case .staffStarted(let s, let activity, let ends):
            staff[s] = Staff(activity: activity, ends: ends)
            staffBusy.set(staff.filter { $0.activity != nil }.count, at: t)
        case .staffFree(let s):
            staff[s] = Staff()
            staffBusy.set(staff.filter { $0.activity != nil }.count, at: t)
        case .readerFreed(let r):
            readers[r].held = false
            if let id = readers[r].patient, patients[id]?.place != .atReader { readers[r].patient = nil }
            readerBusy.set(readers.filter(\.held).count, at: t)
        case .left(let record):
            leaveQueues(record.id)
            releaseReader(of: record.id)
            patients[record.id] = nil
            if record.outcome != .reneged { served += 1 }
            if record.arrival >= warmup, record.outcome != .reneged { wait.add(record.wait) }
            if record.outcome.isRecovery { faultsRecovered += record.faults.faults.count }
        case .network(let up):
            networkUp = up
        case .reader(let r, let working):
            readers[r].working = working
        case .visualMode(let r, let on):
            readers[r].visualMode = on
        }
    }

    private mutating func stopQueueing(_ id: Int, at t: Double) {
        leaveQueues(id)
        guard let p = patients[id], p.queueing else { return }
        patients[id]!.waited += t - p.queuedSince
        patients[id]!.queueing = false
    }

    private mutating func leaveQueues(_ id: Int) {
        readerQueue.removeAll { $0 == id }
        deskQueue.removeAll { $0 == id }
    }

    /// A patient who moves on no longer stands at the reader, though the reader may stay
    /// claimed until it is switched back.
    private mutating func releaseReader(of id: Int) {
        for r in readers.indices where readers[r].patient == id { readers[r].patient = nil }
    }
}
