import MadoguchiClinic

/// Who queued where during a session, from its events: from joining the reader or desk
/// queue until starting there, moving to the other queue, or leaving. Unlike the records of
/// those who left, the events also hold the patients still queueing when the session ended,
/// who count until its last event.
struct SessionQueues {
    private var queueing: [Int: (line: QueueProfile.Line, since: Double)] = [:]
    private(set) var intervals: [(line: QueueProfile.Line, from: Double, to: Double)] = []
    private(set) var lastEvent = 0.0

    mutating func apply(_ timed: TimedClinicEvent) {
        lastEvent = max(lastEvent, timed.time)
        switch timed.event {
        case .queued(let patient, let queue):
            stop(patient, at: timed.time)
            queueing[patient] = (queue == .reader ? .reader : .desk, timed.time)
        case .readerStarted(let patient, _), .deskStarted(let patient, _):
            stop(patient, at: timed.time)
        case .left(let record):
            stop(record.id, at: timed.time)
        default:
            break
        }
    }

    private mutating func stop(_ patient: Int, at time: Double) {
        guard let open = queueing.removeValue(forKey: patient) else { return }
        intervals.append((open.line, open.since, time))
    }

    /// Every interval, those still open ending at the session's last event.
    var all: [(line: QueueProfile.Line, from: Double, to: Double)] {
        intervals + queueing.values.map { ($0.line, $0.since, lastEvent) }
    }
}
