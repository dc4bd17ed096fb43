import MadoguchiClinic
import MadoguchiTraining

/// A lesson file, as `madoguchi train FILE` reads it: a scenario with a `[lesson]` table
/// and scripted patients. One that loads and is short enough is also played through by the
/// autopilot, so a scripted patient the checks let through cannot trap the model.
enum LessonFuzzing {
    static let origin = "fuzz-lesson.toml"

    static func run(_ bytes: [UInt8]) {
        let lesson: Lesson
        do {
            lesson = try LessonLoader.parse(text: ConfigText.decode(bytes, origin: origin), origin: origin, name: "fuzz")
        } catch let error as ConfigError {
            return checkNames(origin, en: error.message(in: .en), ja: error.message(in: .ja))
        } catch let error as ScenarioError {
            return checkNames(origin, en: error.message(in: .en), ja: error.message(in: .ja))
        } catch {
            return check(false, "unexpected error \(error)")
        }
        check(lesson.passMark >= 0 && lesson.passMark <= 1, "pass mark \(lesson.passMark)")
        check(lesson.scenario.script.count <= ScenarioLimits.scriptedPatients, "script \(lesson.scenario.script.count)")
        if lesson.scenario.arrivalRate.expectedArrivals <= ScenarioFuzzing.simulatedArrivals {
            let statistics = ClinicRun.statistics(lesson.scenario, seed: lesson.scenario.seed, replication: 0)
            check(statistics.arrived >= 0, "arrived \(statistics.arrived)")
        }
    }
}
