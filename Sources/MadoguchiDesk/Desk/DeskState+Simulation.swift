import MadoguchiClinic
import MadoguchiSim

extension DeskState {
    /// At maximum speed one frame handles at most this many events or this much simulated
    /// time, so a frame stays short and keys are answered at once.
    static let maximumEventsPerFrame = 4000
    static let maximumSecondsPerFrame = 900.0
    /// A stalled terminal (a suspended process, a slow ssh link) must not make the clock jump.
    static let longestTick = 0.5

    /// Runs the simulation for `wallSeconds` at the current speed.
    mutating func tick(wallSeconds: Double) {
        guard !isIdle, wallSeconds > 0 else { return }
        if let factor = speed.factor {
            advance(by: min(wallSeconds, Self.longestTick) * factor, eventBudget: .max)
        } else {
            advance(by: Self.maximumSecondsPerFrame, eventBudget: Self.maximumEventsPerFrame)
        }
    }

    /// Moves simulated time forward by `seconds`, minute by minute so the queue history
    /// has one sample per simulated minute, handling at most `eventBudget` events.
    public mutating func advance(by seconds: Double, eventBudget: Int = .max) {
        let target = now + seconds
        var budget = eventBudget
        while now < target, !dayOver {
            let nextMinute = ((now / 60).rounded(.down) + 1) * 60
            let stop = min(target, nextMinute)
            while let next = sim.queue.nextTime, next <= stop, budget > 0 {
                sim.step()
                budget -= 1
            }
            if budget == 0 { break }
            sim.run(until: stop)
            if stop == nextMinute { sampleQueue() }
            absorbLog()
        }
        absorbLog()
    }

    /// Runs an event a presenter injected, at once, even while paused.
    mutating func inject(_ event: ClinicModel<Autopilot>.Event) {
        sim.inject(event)
        sim.run(until: now)
        absorbLog()
    }

    mutating func sampleQueue() {
        queueHistory.append(Double(model.readerQueue.count + model.deskQueue.count))
        if queueHistory.count > Self.historyMinutes { queueHistory.removeFirst(queueHistory.count - Self.historyMinutes) }
    }

    /// Moves the model's new events into the log and the live counters.
    mutating func absorbLog() {
        guard let events = sim.model.log, !events.isEmpty else { return }
        sim.model.log = []
        for timed in events {
            var name: PatientName?
            switch timed.event {
            case .arrived(let id, _, _), .readerStarted(let id, _), .fault(let id, _),
                 .decisionPending(_, let id, _), .decided(let id, _, _, _), .deskStarted(let id, _):
                name = patientName(id: id, seen: [])
            case .left(let record):
                name = patientName(id: record.id, seen: record.faults)
                names[record.id] = nil
                if !record.faults.faults.isEmpty, Self.recovered.contains(record.outcome) {
                    faultsRecovered += record.faults.faults.count
                }
            case .network, .reader, .visualMode:
                break
            }
            if case .fault = timed.event { faultsSeen += 1 }
            appendLog(LogEntry(time: timed.time, kind: .clinic(timed.event, name)))
        }
    }

    /// Outcomes in which a fault was handled by the book.
    static let recovered: Set<Outcome> = [.confirmedOnline, .confirmedByCredential, .moushitatesho]

    mutating func appendLog(_ entry: LogEntry) {
        log.append(entry)
        if logScroll > 0 { logScroll += 1 }
        if log.count > Self.logCapacity + Self.logCapacity / 4 {
            log.removeFirst(log.count - Self.logCapacity)
            logScroll = min(logScroll, log.count - 1)
        }
    }

    /// The name for a patient id, looked up once while the patient is still in the model;
    /// one who came and went within a single batch is named from the faults seen.
    mutating func patientName(id: Int, seen: FaultSet) -> PatientName {
        if let known = names[id] { return known }
        let name = model.patients.first { $0.id == id }.map(PatientNames.name(of:))
            ?? PatientNames.name(id: id, rareKanji: seen.contains(.unrenderableName))
        names[id] = name
        return name
    }
}
