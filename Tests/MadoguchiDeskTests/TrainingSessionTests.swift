import MadoguchiClinic
import MadoguchiTestSupport
import MadoguchiTraining
import Testing
@testable import MadoguchiDesk

/// Scripted trainees feed keys to the pure desk core, through every built-in lesson: the
/// book earns full marks, and each kind of wrong answer is marked down for exactly that.
@Suite struct TrainingSessionTests {
    static func lesson(_ name: String) throws -> Lesson { try LessonLoader.load(nameOrPath: name) }

    /// The book earns full marks, and the debrief's comparison is fair: the autopilot and a
    /// trainee answering by the book meet the same patients and the same chances, and send
    /// them home with the same outcomes. Only their answering times differ (the trainee's
    /// within a second here, the autopilot's drawn from a stream of its own), so where the line
    /// goes down a patient may meet the outage in one morning and not in the other: only such
    /// a patient may meet other faults or leave otherwise.
    @Test(arguments: LessonLoader.builtinNames)
    func aPerfectTraineePassesWithFullMarksAndTheAutopilotsOutcomes(_ name: String) throws {
        let lesson = try Self.lesson(name)
        let state = ScriptedTrainee.perfect.play(lesson)
        let debrief = try #require(state.debrief?.debrief)
        #expect(!debrief.situations.isEmpty)
        #expect(debrief.score == 1, "\(name): \(debrief.mistakes.map { ($0.decision.situation, $0.action) })")
        #expect(debrief.passed)
        #expect(debrief.situations.allSatisfy { $0.verdict == .correct })
        #expect(debrief.traineeMorning.served == debrief.autopilotMorning.served)
        var autopilot = ClinicModel.simulator(scenario: lesson.scenario, policy: Autopilot(), seed: lesson.scenario.seed, replication: 0)
        autopilot.model.records = []
        autopilot.run(while: { !$0.isDayOver })
        let theirs = Dictionary(uniqueKeysWithValues: (autopilot.model.records ?? []).map { ($0.id, $0) })
        let mine = Dictionary(uniqueKeysWithValues: (state.trainee?.session.records ?? []).map { ($0.id, $0) })
        #expect(!mine.isEmpty && Set(mine.keys) == Set(theirs.keys), "\(name): the same patients in both mornings")
        let touched = Set(mine.keys.filter { id in [mine[id], theirs[id]].contains { $0?.faults.contains(.outage) == true } })
        #expect(touched.count < mine.count, "\(name): every patient met the outage, so none is compared")
        for (id, record) in mine where !touched.contains(id) {
            #expect(record.faults == theirs[id]?.faults, "\(name): patient \(id) met other faults than with the autopilot")
        }
        #expect(Set(debrief.differentOutcomes).isSubset(of: touched), "\(name): patients \(debrief.differentOutcomes)")
        if !lesson.scenario.outages.contains(where: { $0.kind == .network }) {
            #expect(debrief.traineeMorning.outcomes == debrief.autopilotMorning.outcomes)
        }
    }

    @Test func chargingTenWariForInvalidEligibilityIsMarkedDownForExactlyThat() throws {
        let charger = ScriptedTrainee.byTheBookExcept { d in
            if case .eligibility(.invalid, _) = d.situation { return .chargeFull }
            return nil
        }
        let lesson = try Self.lesson("eligibility-invalid")
        let state = charger.play(lesson)
        let debrief = try #require(state.debrief?.debrief)
        let invalid = debrief.situations.filter { if case .eligibility(.invalid, _) = $0.decision.situation { true } else { false } }
        #expect(invalid.count >= 3)
        #expect(debrief.mistakes.count == invalid.filter { $0.decision.patient?.refusesEverything == false }.count)
        #expect(debrief.mistakes.allSatisfy { $0.consequence == .fullCharge && $0.action == .chargeFull && $0.errorKind == .mistake })
        #expect(debrief.situations.filter { $0.verdict != .mistake }.allSatisfy { $0.verdict == .correct })
        #expect(!debrief.passed)
        #expect(debrief.differentOutcomes.count == debrief.mistakes.count, "each wrongly charged patient left with 10割")
        let text = DebriefText.plain(debrief, .ja)
        #expect(text.contains("不要な10割負担"))
        #expect(text.contains("思い違い"))
        #expect(DebriefText.plain(debrief, .en).contains("the full cost (10-wari) for no reason"))
    }

    @Test func neverSwitchingTheReaderBackIsALapse() throws {
        let forgetful = ScriptedTrainee.byTheBookExcept { $0.situation.kind == .readerInVisualMode ? .leaveInVisualMode : nil }
        let state = forgetful.play(try Self.lesson("face-then-pin"))
        let debrief = try #require(state.debrief?.debrief)
        #expect(!debrief.mistakes.isEmpty)
        #expect(debrief.mistakes.allSatisfy { $0.action == .leaveInVisualMode && $0.consequence == .nextFaceFails && $0.errorKind == .lapse })
        // The consequence happened: a face that had no fault failed at the reader left in visual mode.
        let clean = debrief.timeline.filter { $0.fault == .faceMismatch }
        #expect(clean.count > 3, "more face failures than the lesson scripted")
        let text = DebriefText.plain(debrief, .ja)
        #expect(text.contains("し忘れ"))
        #expect(text.contains("次の方の顔認証が失敗する"))
    }

    @Test func acceptingAnotherPersonsRecordIsMarkedDown() throws {
        let careless = ScriptedTrainee.byTheBookExcept { d in
            if case .record(let result) = d.situation, result.person != d.patient?.patient { return .acceptRecord }
            return nil
        }
        let state = careless.play(try Self.lesson("wrong-person"))
        let debrief = try #require(state.debrief?.debrief)
        #expect(debrief.mistakes.count == 2)
        #expect(debrief.mistakes.allSatisfy { $0.consequence == .otherPersonsRecord })
        #expect(debrief.faults.first { $0.fault == .wrongPerson }?.mistakes == 2)
        #expect(DebriefText.plain(debrief, .en).contains("another person's record went into the claim"))
    }

    /// A slip: the right rule shown elsewhere in the lesson, the wrong key here.
    @Test func aMistakeInASituationHandledRightElsewhereIsASlip() throws {
        var first = true
        let slipping = ScriptedTrainee.byTheBookExcept { d in
            guard case .record(let result) = d.situation, result.person == d.patient?.patient, !result.nameDots, first else { return nil }
            first = false
            return .moushitatesho
        }
        let debrief = try #require(slipping.play(try Self.lesson("wrong-person")).debrief?.debrief)
        #expect(debrief.mistakes.count == 1)
        #expect(debrief.mistakes.first?.errorKind == .slip)
    }

    @Test func practisingMistakesHandsOverOnlyThoseSituationsWithTheSamePatients() throws {
        let lesson = try Self.lesson("eligibility-invalid")
        let charger = ScriptedTrainee.byTheBookExcept { d in
            if case .eligibility(.invalid, _) = d.situation { return .chargeFull }
            return nil
        }
        let first = try #require(charger.play(lesson).debrief?.debrief)
        var again = charger.play(lesson)
        #expect(again.update(.key(.character("r"))) == .retry(first.practise))
        var retry = again.retrying(first.practise)
        ScriptedTrainee.perfect.play(&retry)
        let second = try #require(retry.debrief?.debrief)
        #expect(Set(second.situations.map(\.key)) == first.practise, "the trainee met exactly the situations got wrong")
        #expect(second.score == 1)
        #expect(second.differentOutcomes.isEmpty)
    }

    @Test func theReactionIsKeptInTheTraineesWords() throws {
        let state = ScriptedTrainee.perfect.play(try Self.lesson("face-then-pin"), reaction: "緊張しました")
        let debrief = try #require(state.debrief?.debrief)
        #expect(debrief.reaction == "緊張しました")
        #expect(DebriefText.plain(debrief, .ja).contains("「緊張しました」"))
        let skipped = ScriptedTrainee.perfect.play(try Self.lesson("face-then-pin"))
        #expect(skipped.debrief?.debrief.reaction == nil)
    }

    /// Keys that do not fit are refused with a reason and change nothing.
    @Test func aKeyThatDoesNotFitIsRefusedAndCostsNothing() throws {
        var state = DeskState.training(try Self.lesson("face-then-pin"), trainee: "test", language: .en, speed: .times(1))
        state.update(.key(.character("a")))
        #expect(state.notice?.kind == .refused)
        #expect(state.notice?.text.en == "Nothing to decide right now")
        #expect(state.sim.eventsHandled == 0)
        while state.focusedQuestion == nil { state.update(.tick(wallSeconds: 1)) }
        let question = try #require(state.focusedQuestion)
        let handled = state.sim.eventsHandled
        state.update(.key(.character("v")))
        #expect(state.notice?.kind == .refused)
        #expect(state.notice?.text.en.contains("not one of this question's answers (a to d)") == true)
        #expect(state.focusedQuestion?.ticket == question.ticket)
        #expect(state.sim.eventsHandled == handled)
        state.update(.key(.character("m")))
        #expect(state.trainee != nil, "a lesson is the trainee's: m does not give it to the autopilot")
        #expect(state.notice?.text.en == "In a lesson the trainee decides")
    }

    @Test func aLessonThatForbidsPausingRefusesSpace() throws {
        var state = DeskState.training(try Self.lesson("exam-morning"), trainee: "test", language: .ja)
        state.update(.key(.character(" ")))
        #expect(!state.paused)
        #expect(state.notice?.kind == .refused)
    }

    /// On the ordinary desk, m hands the decisions over and back; what was open when the
    /// autopilot takes over again is answered by the book.
    @Test func theHandOverKeyGivesDecisionsToThePersonAndBack() throws {
        var state = DeskState(scenario: DeskFixture.scenario, seed: DeskFixture.seed, language: .ja, speed: .times(10))
        state.update(.key(.character("m")))
        #expect(state.trainee != nil)
        #expect(DeskView.render(state).textLines()[0].contains("研修：研修者"))
        while state.scene.questionsForPerson.isEmpty { state.update(.tick(wallSeconds: 1)) }
        state.update(.key(.character("m")))
        #expect(state.trainee == nil)
        #expect(state.scene.questionsForPerson.isEmpty)
        #expect(DeskView.render(state).textLines()[0].contains("自動操作"))
    }

    @Test func anExamSaysNothingUntilTheDebrief() throws {
        var state = DeskState.training(try Self.lesson("face-then-pin").with(feedback: .exam), trainee: "test", language: .en, speed: .times(1))
        while state.focusedQuestion == nil { state.update(.tick(wallSeconds: 1)) }
        state.update(.key(.character("d")))  // visual mode for a patient who knows the PIN: a mistake
        #expect(state.notice?.kind == .info)
        #expect(state.notice?.text.en.hasPrefix("Noted:") == true)
        let log = state.log.compactMap { entry -> Bool? in
            if case .clinic(.decided(_, let d, let a, _), _) = entry.kind { return d.ruling(a).isMistake }
            return nil
        }
        #expect(log == [true], "the mistake was made")
        let screen = DeskView.render(state).textLines().joined()
        #expect(!screen.contains("Mistake"))
    }
}
