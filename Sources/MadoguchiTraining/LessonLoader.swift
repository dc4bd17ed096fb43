import MadoguchiClinic

/// Reads lessons: a scenario file with a `[lesson]` table. The scenario part is read by the
/// scenario reader, with its errors; the lesson table here, with the same kind of message
/// naming the file, line and key.
package enum LessonLoader {
    /// Speeds a lesson may start at, as the desk's presets.
    package static let speeds = [1, 2, 5, 10, 30, 60]

    package static var builtinNames: [String] { BuiltinScenarios.lessonNames }

    package static func builtinOrigin(_ name: String) -> String { "Scenarios/Lessons/\(name).toml" }

    /// A built-in lesson by name, or a lesson file by path; `overrides` set keys of its
    /// scenario as `--set` does.
    package static func load(nameOrPath: String, overrides: [(key: String, value: String)] = []) throws(ScenarioError) -> Lesson {
        let (text, origin) = try ScenarioLoader.text(nameOrPath: nameOrPath, builtins: BuiltinScenarios.lessons,
                                                     builtinOrigin: builtinOrigin)
        return try parse(text: text, origin: origin, name: nameOrPath, overrides: overrides)
    }

    package static func parse(text: String, origin: String, name: String,
                             overrides: [(key: String, value: String)] = []) throws(ScenarioError) -> Lesson {
        let (scenario, located) = try ScenarioLoader.parse(text: text, origin: origin, withTable: "lesson", overrides: overrides)
        let readKeys = ReadKeys()
        let t = try TableReader(located, readKeys: readKeys)
        let speedValue = try t.value("speed")
        let speed = try speedValue.integer(.integerAtLeast(1))
        guard speeds.contains(speed) else {
            throw speedValue.error(.unknownOption(String(speed), accepted: speeds.map(String.init), suggestion: nil))
        }
        let feedbackValue = try t.value("feedback")
        guard case .string(let feedbackName) = feedbackValue.node.value else { throw feedbackValue.wrongType(.string) }
        guard let feedback = FeedbackMode(rawValue: feedbackName) else {
            let accepted = FeedbackMode.allCases.map(\.rawValue)
            throw feedbackValue.error(.unknownOption(feedbackName, accepted: accepted,
                                                     suggestion: accepted.first { $0.first == feedbackName.first }))
        }
        let unlocks = try t.string("unlocks")
        let lesson = Lesson(
            name: name,
            title: Bilingual(en: try t.string("title"), ja: try t.string("title_ja")),
            goal: Bilingual(en: try t.string("goal"), ja: try t.string("goal_ja")),
            passMark: try t.probability("pass_mark"),
            unlocks: unlocks.isEmpty ? nil : unlocks,
            feedback: feedback,
            mayPause: try t.boolean("pausing"),
            speed: speed,
            timeLimit: try t.number("time_limit_minutes", .positive) * 60,
            scenario: scenario)
        do {
            try UnknownKeys.check(located.node, under: located.path, readKeys: readKeys)
        } catch {
            throw ScenarioError(error)
        }
        return lesson
    }

    /// The built-in lessons in course order: from the one no other unlocks, along `unlocks`.
    /// Worked out once: it reads every lesson.
    package static let course: [String] = {
        let lessons = builtinNames.compactMap { try? load(nameOrPath: $0) }
        let unlocked = Set(lessons.compactMap(\.unlocks))
        var order: [String] = []
        var next = lessons.first { !unlocked.contains($0.name) }
        while let lesson = next, !order.contains(lesson.name) {
            order.append(lesson.name)
            next = lessons.first { $0.name == lesson.unlocks }
        }
        return order + builtinNames.filter { !order.contains($0) }
    }()
}
