import ArgumentParser
import MadoguchiClinic
import MadoguchiTraining

struct LessonsCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "lessons",
            abstract: help(en: "List the built-in training lessons, in course order.",
                           ja: "組み込みの研修レッスンを受講順に一覧表示します。"),
            discussion: help(en: """
                Each lesson has a goal, a pass mark and the lesson it unlocks. Give a name to \
                `madoguchi train`; `--show NAME` prints a lesson's TOML, a start for a lesson of \
                your own (docs/lessons.md).

                EXAMPLES
                  madoguchi lessons
                  madoguchi lessons --show wrong-person > my-lesson.toml
                """, ja: """
                各レッスンには目標、合格ライン、次に進むレッスンがあります。名前を
                `madoguchi train` に指定します。`--show NAME` はレッスンの TOML を表示します。
                独自のレッスンを作るときのひな形に使えます(docs/lessons.md)。

                例
                  madoguchi lessons
                  madoguchi lessons --show wrong-person > my-lesson.toml
                """)
        )
    }

    @Option(help: ArgumentHelp(help(en: "Print this built-in lesson's TOML text.",
                                    ja: "指定した組み込みレッスンの TOML を表示します。")),
            completion: Completions.lessonNames)
    var show: String?

    @OptionGroup var language: LanguageOption

    func run() throws {
        let names = LessonLoader.course
        if let name = show {
            guard let text = BuiltinScenarios.lessons[name] else {
                throw ValidationError(language.text(
                    en: "no built-in lesson named '\(name)'; accepted: \(names.joined(separator: ", "))",
                    ja: "組み込みレッスン '\(name)' はありません。指定できる名前: \(names.joined(separator: ", "))"))
            }
            print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
            return
        }
        let lang = language.value
        for (index, name) in names.enumerated() {
            guard let lesson = try? LessonLoader.load(nameOrPath: name) else { continue }
            let mode = lang == .ja ? (lesson.feedback == .exam ? "試験" : "コーチ") : lesson.feedback.rawValue
            let pass = Int((lesson.passMark * 100).rounded())
            print("\(index + 1). \(name)  \(lesson.title.text(lang))")
            print("   " + Bilingual(en: "goal: ", ja: "目標：").text(lang) + lesson.goal.text(lang))
            print("   " + Bilingual(en: "pass mark \(pass) %, \(mode)", ja: "合格ライン \(pass)%、\(mode)").text(lang)
                  + (lesson.unlocks.map { Bilingual(en: ", then \($0)", ja: "、次: \($0)").text(lang) } ?? ""))
        }
    }
}
