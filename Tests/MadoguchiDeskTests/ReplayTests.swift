import MadoguchiClinic
import MadoguchiTestSupport
import MadoguchiTraining
import Testing
@testable import MadoguchiDesk

/// A replay draws the very same screens as the live desk: the panels at the same simulated
/// times are identical, for an autopilot morning and for a training session. Only the
/// header (which says Replay) and the key line (which lists the replay's keys) differ.
@Suite struct ReplayTests {
    static let checkpoints: [Double] = [300, 1_200, 2_400, 3_600, 5_400]

    /// The panels: every row but the header and the key line, text and roles.
    static func body(_ state: DeskState) -> [String] {
        var quiet = state
        quiet.notice = nil
        quiet.debrief = nil
        let buffer = DeskView.render(quiet)
        let text = buffer.textLines(), roles = buffer.roleLines()
        return Array(text.dropFirst().dropLast()) + Array(roles.dropFirst().dropLast())
    }

    /// Runs the desk live to each checkpoint, keeping its events and screens, then replays
    /// the events and compares.
    static func compare(_ live: DeskState, answering trainee: ScriptedTrainee? = nil, language: Language) throws {
        var state = live
        state.startRecording()
        var screens: [Double: [String]] = [:]
        func step(toward target: Double) {
            if let trainee, let question = state.focusedQuestion {
                let action = trainee.choose(question.decision)
                state.update(.key(.character(DeskState.answerKeys[question.decision.options.firstIndex(of: action)!])))
                return
            }
            state.advance(by: min(1, target - state.now))
        }
        for checkpoint in checkpoints {
            while state.now < checkpoint && !state.dayOver { step(toward: checkpoint) }
            screens[state.now] = body(state)
        }
        // A tape ends at its last event, and so does its replay: record on until an event
        // follows the last checkpoint, or a quiet last minute would end the replay short of it.
        var events = state.takeRecorded()
        while (events.last?.time ?? 0) <= checkpoints[checkpoints.count - 1] && !state.dayOver {
            step(toward: .infinity)
            events += state.takeRecorded()
        }
        let tape = ReplayTape(events: events, debrief: nil)
        #expect(tape.events.count > 100)
        var replay = DeskState.replay(tape, of: live)
        for time in screens.keys.sorted() {
            replay.seek(to: time)
            #expect(replay.now == time)
            let expected = try #require(screens[time])
            let actual = body(replay)
            #expect(actual == expected, "at \(time) s:\n\(actual.prefix(live.height).joined(separator: "\n"))\nlive:\n\(expected.prefix(live.height).joined(separator: "\n"))")
        }
        // Seeking back replays from the start and lands on the same screen.
        replay.seek(to: checkpoints[1])
        #expect(body(replay) == screens[checkpoints[1]])
    }

    @Test(arguments: [Language.ja, .en])
    func anAutopilotMorningReplaysScreenForScreen(_ language: Language) throws {
        let live = DeskState(scenario: DeskFixture.scenario, seed: DeskFixture.seed, language: language,
                             speed: .times(10), width: 120, height: 40)
        try Self.compare(live, language: language)
    }

    @Test(arguments: [Language.ja, .en])
    func aTrainingSessionReplaysScreenForScreen(_ language: Language) throws {
        let lesson = try LessonLoader.load(nameOrPath: "exam-morning").with(feedback: .coach)
        let live = DeskState.training(lesson, trainee: "Sato", language: language, speed: .times(1), width: 80, height: 24)
        try Self.compare(live, answering: ScriptedTrainee.perfect, language: language)
    }

    @Test func aReplayRefusesWhatWouldChangeTheSessionAndSeeksByQuestion() throws {
        let lesson = try LessonLoader.load(nameOrPath: "face-then-pin")
        var live = DeskState.training(lesson, trainee: "Sato", language: .en, speed: .times(1))
        live.startRecording()
        ScriptedTrainee.perfect.play(&live)
        let tape = ReplayTape(events: live.takeRecorded(), debrief: live.debrief?.debrief)
        var replay = DeskState.replay(tape, of: DeskState.training(lesson, trainee: "Sato", language: .en, speed: .times(1)))
        for key in ["b", "n", "m", "a"] {
            replay.update(.key(.character(Character(key))))
            #expect(replay.notice?.text.en == "This is a replay: what was recorded cannot be changed", "\(key)")
        }
        #expect(replay.now == 0)
        replay.update(.key(.character("]")))
        let question = try #require(replay.focusedQuestion, "] lands on the first question, shown on the panel")
        #expect(replay.now == question.askedAt)
        replay.update(.key(.character("}")))
        #expect(replay.now == question.askedAt + 600)
        replay.update(.key(.character("{")))
        #expect(abs(replay.now - question.askedAt) < 1e-9, "ten minutes on and back again")
        while !replay.dayOver { replay.update(.tick(wallSeconds: 1)) }
        #expect(replay.debrief?.debrief == live.debrief?.debrief, "the recorded debrief closes the replay")
        #expect(replay.debrief?.askingReaction == false)
    }
}
