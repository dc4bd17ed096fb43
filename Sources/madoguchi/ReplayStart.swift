import ArgumentParser
import Foundation
import MadoguchiClinic
import MadoguchiDesk
import MadoguchiLab
import MadoguchiTraining

/// The desk a recorded session started from, rebuilt from the scenario (or lesson) text the
/// session kept: the same clinic, readers, staff and, for training, the same trainee seat.
struct ReplayStart {
    let session: RecordedSession
    let scenario: Scenario
    let lesson: Lesson?

    init(_ session: RecordedSession, language: Language) throws {
        self.session = session
        // A session started with --set keeps its overrides at the end of the text.
        let text = session.scenarioText
        let overrides = ScenarioLoader.recordedOverrides(text)
        do {
            if session.mode == "train" {
                let name = session.lesson ?? session.scenarioOrigin
                do {
                    lesson = try LessonLoader.parse(text: text, origin: session.scenarioOrigin, name: name, overrides: overrides)
                } catch let error where error.key == "lesson" && error.problem == .missingKey {
                    lesson = Lesson.practice(try ScenarioLoader.parse(text: text, origin: session.scenarioOrigin, overrides: overrides),
                                             name: name)
                }
                scenario = lesson!.scenario
            } else {
                lesson = nil
                scenario = try ScenarioLoader.parse(text: text, origin: session.scenarioOrigin, overrides: overrides)
            }
        } catch {
            DeskLoop.complain(error.message(in: language))
            throw ExitCode(2)
        }
    }

    func state(language: Language, asciiOnly: Bool, ambiguousWidth: AmbiguousWidth, themeName: String, speed: Speed,
               paused: Bool, width: Int, height: Int) -> DeskState {
        if let lesson, let trainee = session.trainee {
            let feedback = FeedbackMode(rawValue: session.feedback ?? "") ?? lesson.feedback
            var state = DeskState.training(lesson.with(feedback: feedback), trainee: trainee, language: language,
                                           asciiOnly: asciiOnly, ambiguousWidth: ambiguousWidth, themeName: themeName,
                                           speed: speed, width: width, height: height)
            if paused { state.update(.key(.character("0"))) }
            return state
        }
        return DeskState(scenario: scenario, seed: session.seed, language: language, asciiOnly: asciiOnly,
                         ambiguousWidth: ambiguousWidth, themeName: themeName, speed: speed, paused: paused, width: width, height: height)
    }
}
