import MadoguchiClinic
import MadoguchiTraining
@testable import MadoguchiDesk

/// A trainee made of rules, pressing the desk's keys as a person would: a second of
/// simulated time at a time, the answer chosen by `choose` typed on its key.
struct ScriptedTrainee {
    let choose: (Decision) -> StaffAction

    static var perfect: ScriptedTrainee { ScriptedTrainee { $0.standardAction } }

    /// By the book, except where `deviation` answers otherwise.
    static func byTheBookExcept(_ deviation: @escaping (Decision) -> StaffAction?) -> ScriptedTrainee {
        ScriptedTrainee { deviation($0) ?? $0.standardAction }
    }

    /// Plays the lesson to its debrief; the reaction is typed in, or skipped when nil.
    func play(_ lesson: Lesson, reaction: String? = nil, only: Set<SituationKey>? = nil,
              language: Language = .ja) -> DeskState {
        var state = DeskState.training(lesson, trainee: "test", language: language, speed: .times(1), only: only)
        play(&state, reaction: reaction)
        return state
    }

    func play(_ state: inout DeskState, reaction: String? = nil) {
        var steps = 0
        while state.debrief == nil && steps < 200_000 {
            while let question = state.focusedQuestion {
                let action = choose(question.decision)
                let index = question.decision.options.firstIndex(of: action)!
                state.update(.key(.character(DeskState.answerKeys[index])))
            }
            state.update(.tick(wallSeconds: 1))
            steps += 1
        }
        for c in reaction ?? "" { state.update(.key(.character(c))) }
        state.update(.key(reaction == nil ? .escape : .enter))
    }
}
