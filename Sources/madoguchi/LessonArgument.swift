import ArgumentParser
import Foundation
import MadoguchiClinic
import MadoguchiLab
import MadoguchiTraining

/// Loads what `train` was given: a lesson, else a scenario to train on. A bad file ends the
/// program with one message naming the file, line or key, and exit status 2.
enum LessonArgument {
    /// The lesson with `--set KEY=VALUE` texts applied to its scenario, as `run` applies them.
    static func load(_ nameOrPath: String?, language: Language, settings: [String] = []) throws -> Lesson {
        try load(nameOrPath, language: language, overrides: ScenarioArgument.overrides(settings, language: language))
    }

    static func load(_ nameOrPath: String?, language: Language, overrides: [(key: String, value: String)]) throws -> Lesson {
        let name = nameOrPath ?? LessonLoader.course[0]
        do throws(ScenarioError) {
            if LessonLoader.builtinNames.contains(name) { return try LessonLoader.load(nameOrPath: name, overrides: overrides) }
            if BuiltinScenarios.texts[name] != nil {
                return Lesson.practice(try ScenarioLoader.load(nameOrPath: name, overrides: overrides), name: name)
            }
            guard FileManager.default.fileExists(atPath: name) else {
                throw ScenarioError(origin: name, problem: .fileNotFound(builtinNames: LessonLoader.course + ScenarioLoader.builtinNames))
            }
            // A file: a lesson if it has a [lesson] table, a scenario to practise on otherwise.
            do {
                return try LessonLoader.load(nameOrPath: name, overrides: overrides)
            } catch let error where error.key == "lesson" && error.problem == .missingKey {
                return Lesson.practice(try ScenarioLoader.load(nameOrPath: name, overrides: overrides), name: name)
            }
        } catch {
            FileHandle.standardError.write(Data(("madoguchi: " + error.message(in: language) + "\n").utf8))
            throw ExitCode(2)
        }
    }

    /// The situations a saved debrief found wrong, for practising them again.
    static func mistakes(in path: String, lesson: Lesson, language: Language) throws -> Set<SituationKey> {
        func fail(en: String, ja: String) -> ExitCode {
            FileHandle.standardError.write(Data(("madoguchi: " + path + ": " + Bilingual(en: en, ja: ja).text(language) + "\n").utf8))
            return ExitCode(2)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw fail(en: "cannot read the file. Accepted: a debrief saved as .json by `madoguchi train` (key s)",
                       ja: "ファイルを読めません。指定できるもの: `madoguchi train` で保存した振り返りの .json(s キー)")
        }
        guard let debrief = try? JSONDecoder().decode(Debrief.self, from: data) else {
            throw fail(en: "not a saved debrief. Accepted: the .json a debrief is saved as (key s)",
                       ja: "保存した振り返りではありません。指定できるもの: 振り返りを保存した .json(s キー)")
        }
        guard debrief.lesson == lesson.name else {
            throw fail(en: "that debrief is of lesson \(debrief.lesson), not \(lesson.name). Accepted: the same lesson",
                       ja: "この振り返りはレッスン \(debrief.lesson) のもので、\(lesson.name) ではありません。指定できるもの: 同じレッスン")
        }
        guard !debrief.practise.isEmpty else {
            throw fail(en: "that debrief has no mistakes to practise", ja: "この振り返りには、やり直す誤りがありません")
        }
        return debrief.practise
    }
}
