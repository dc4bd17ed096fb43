import MadoguchiClinic
import MadoguchiSim
import MadoguchiTraining

extension DeskState {
    /// At maximum speed one frame handles at most this many events or this much simulated
    /// time, so a frame stays short and keys are answered at once.
    static let maximumEventsPerFrame = 4000
    static let maximumSecondsPerFrame = 900.0
    /// A stalled terminal (a suspended process, a slow ssh link) must not make the clock jump.
    static let longestTick = 0.5

    /// Runs the simulation for `wallSeconds` at the current speed.
    mutating func tick(wallSeconds: Double) {
        if var shown = notice {
            shown.age += wallSeconds
            notice = shown.age < shown.lifetime ? shown : nil
        }
        guard !isIdle, wallSeconds > 0 else { return }
        if let factor = speed.factor {
            advance(by: min(wallSeconds, Self.longestTick) * factor, eventBudget: .max)
        } else {
            advance(by: Self.maximumSecondsPerFrame, eventBudget: Self.maximumEventsPerFrame)
        }
    }

    /// Moves simulated time forward by `seconds`, minute by minute so the queue history
    /// has one sample per simulated minute, handling at most `eventBudget` events.
    package mutating func advance(by seconds: Double, eventBudget: Int = .max) {
        guard tape == nil else { return play(until: now + seconds) }
        let target = now + seconds
        var budget = eventBudget
        while now < target, !dayOver {
            let nextMinute = ((now / 60).rounded(.down) + 1) * 60
            let stop = min(target, nextMinute)
            budget -= sim.run(until: stop, atMost: budget)
            if budget == 0 { break }
            absorbLog()
            if stop == nextMinute { sampleQueue() }
        }
        absorbLog()
    }

    /// Runs an event injected from the keyboard, at once, even while paused. A replay only
    /// shows what was recorded.
    mutating func inject(_ event: ClinicModel<TrainingPolicy>.Event) {
        guard tape == nil else {
            notice = Notice(.refused, UIText.noticeReplayOnly.bilingual())
            return
        }
        sim.inject(event)
        sim.run(until: now)
        absorbLog()
        // A key on the very minute of the last sample comes after it; a replay folds every
        // event of that minute before sampling, so the live desk takes the sample again.
        if now > 0, now == queueSampledAt {
            queueHistory.removeLast()
            sampleQueue()
        }
    }

    mutating func sampleQueue() {
        queueSampledAt = now
        queueHistory.append(Double(scene.readerQueue.count + scene.deskQueue.count))
        if queueHistory.count > Self.historyMinutes { queueHistory.removeFirst(queueHistory.count - Self.historyMinutes) }
    }

    /// Folds the model's new events into the desk.
    mutating func absorbLog() {
        guard let events = sim.model.log, !events.isEmpty else { return }
        sim.model.log = []
        absorb(events)
    }

    /// Folds events, from the model or from a recording, into the scene, the log, the
    /// trainee's session and the recording's outbox.
    mutating func absorb(_ events: [TimedClinicEvent]) {
        for timed in events {
            if let entry = logEntry(timed) { appendLog(entry) }
            scene.apply(timed)
            trainee?.session.apply(timed)
            if tape != nil, case .decided(_, let decision, let action, true) = timed.event { notice = feedback(decision, action) }
        }
        outbox?.append(contentsOf: events)
        trainee?.refocus(on: scene)
    }

    /// The log line of an event, its name taken while the scene still knows the patient.
    func logEntry(_ timed: TimedClinicEvent) -> LogEntry? {
        let patient: Int?
        switch timed.event {
        case .arrived(let facts):
            return LogEntry(time: timed.time, kind: .clinic(timed.event, name(of: facts)))
        case .readerStarted(let id, _), .deskStarted(let id, _):
            patient = id
        case .fault(let id, let fault):
            // What the clerk must notice is not named in the log while a trainee decides.
            if trainee != nil && (fault == .wrongPerson || fault == .unrenderableName) { return nil }
            patient = id
        case .decisionPending(_, let decision, let forPerson):
            // The panel shows a question to the person; a routine glance is not worth a line.
            if forPerson || decision.isRoutine { return nil }
            patient = decision.patient?.patient
        case .decided(_, let decision, _, let byPerson):
            if decision.isRoutine && !byPerson { return nil }
            patient = decision.patient?.patient
        case .left(let record):
            patient = record.id
        case .network, .reader, .visualMode:
            patient = nil
        case .queued, .step, .onlineResult, .staffStarted, .staffFree, .readerFreed:
            return nil
        }
        let name = patient.flatMap { scene.patients[$0] }.map(name(of:))
        return LogEntry(time: timed.time, kind: .clinic(timed.event, name))
    }

    mutating func appendLog(_ entry: LogEntry) {
        log.append(entry)
        if logScroll > 0 { logScroll += 1 }
        if log.count > Self.logCapacity + Self.logCapacity / 4 {
            log.removeFirst(log.count - Self.logCapacity)
            logScroll = min(logScroll, log.count - 1)
        }
    }
}
