import MadoguchiClinic
import MadoguchiTraining

/// Replaying a recorded session on the same desk: the events are folded into the same scene
/// at the desk's speed, with pause, and seeking to a simulated time or to the next question.
extension DeskState {
    /// The desk of a recorded session, at its start.
    package static func replay(_ tape: ReplayTape, of state: DeskState) -> DeskState {
        var replay = state
        replay.tape = tape
        return replay
    }

    /// Plays the tape forward to `target`, minute by minute as the live desk does, so the
    /// queue history holds the same samples.
    mutating func play(until target: Double) {
        guard var tape else { return }
        while tape.now < target, !tape.finished {
            let nextMinute = ((tape.now / 60).rounded(.down) + 1) * 60
            let stop = min(target, nextMinute)
            let events = Array(tape.take(upTo: stop))
            tape.now = stop
            self.tape = tape
            absorb(events)
            if stop == nextMinute { sampleQueue() }
        }
        self.tape = tape
        if tape.finished, debrief == nil, let recorded = tape.debrief {
            debrief = DebriefScreen(debrief: recorded, askingReaction: false)
        }
    }

    /// Moves the replay to `time`: forward by playing, backward by playing again from the start.
    package mutating func seek(to time: Double) {
        guard let tape else { return }
        if time < tape.now {
            var fresh = self
            fresh.tape = ReplayTape(events: tape.events, debrief: tape.debrief)
            fresh.scene = DeskScene(scenario)
            fresh.log = []
            fresh.logScroll = 0
            fresh.queueHistory = [0]
            fresh.debrief = nil
            fresh.notice = nil
            fresh.trainee = trainee.map { TraineeSeat(name: $0.name, mode: $0.mode, mayPause: $0.mayPause, inLesson: $0.inLesson) }
            self = fresh
        }
        play(until: time)
    }

    /// The keys of a replay: seeking by questions and by ten simulated minutes; the keys
    /// that would change the session are refused.
    mutating func pressReplayKey(_ key: DeskKey) -> Bool {
        guard let tape else { return false }
        let person = trainee != nil
        switch key {
        case .character("]"):
            if let next = tape.nextQuestion(after: now, forPerson: person) { seek(to: next) } else { notice = Notice(.refused, UIText.noticeNoMoreQuestions.bilingual()) }
        case .character("["):
            if let previous = tape.previousQuestion(before: now, forPerson: person) { seek(to: previous) } else { seek(to: 0) }
        case .character("}"):
            seek(to: now + 600)
        case .character("{"):
            seek(to: max(0, now - 600))
        case .character("b"), .character("r"), .character("n"), .character("i"), .character("w"), .character("k"),
             .character("m"), .tab:
            notice = Notice(.refused, UIText.noticeReplayOnly.bilingual())
        case .character(let c) where Self.answerKeys.contains(c):
            notice = Notice(.refused, UIText.noticeReplayOnly.bilingual())
        default:
            return false
        }
        return true
    }
}
