import MadoguchiClinic
import MadoguchiTraining

/// A recorded session's events, played back into the desk at the desk's own speed.
package struct ReplayTape: Sendable {
    package let events: [TimedClinicEvent]
    /// The debrief the session ended with, shown when the replay reaches its end.
    package let debrief: Debrief?
    /// The next event to play.
    var position = 0
    package internal(set) var now = 0.0

    package init(events: [TimedClinicEvent], debrief: Debrief?) {
        self.events = events
        self.debrief = debrief
    }

    var finished: Bool { position == events.count }

    /// The events up to and including `time`, taken off the tape.
    mutating func take(upTo time: Double) -> ArraySlice<TimedClinicEvent> {
        let start = position
        while position < events.count, events[position].time <= time { position += 1 }
        return events[start..<position]
    }

    /// When the next question to the staff after `time` is asked (to the person, if any were).
    func nextQuestion(after time: Double, forPerson: Bool) -> Double? {
        events.first { timed in
            guard timed.time > time, case .decisionPending(_, let decision, let person) = timed.event else { return false }
            return forPerson ? person : !decision.isRoutine
        }?.time
    }

    func previousQuestion(before time: Double, forPerson: Bool) -> Double? {
        events.last { timed in
            guard timed.time < time, case .decisionPending(_, let decision, let person) = timed.event else { return false }
            return forPerson ? person : !decision.isRoutine
        }?.time
    }
}
