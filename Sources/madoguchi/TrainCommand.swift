import ArgumentParser
import Foundation
import MadoguchiClinic
import MadoguchiDesk
import MadoguchiLab
import MadoguchiTraining

struct TrainCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "train",
            abstract: help(en: "Train at the desk: you make the staff's decisions, and are judged and debriefed.",
                           ja: "受付の研修: スタッフの判断を自分で行い、評価と振り返りを受けます。"),
            discussion: help(en: """
                Runs a lesson (or any scenario) on the desk with every staff decision left to you. \
                The clock keeps running while you think. When a question is open, the decision \
                panel shows what the clerk sees: the reader's screen, the record the online check \
                returned beside what the patient says, what the patient holds. Answer with the \
                keys a s d f g h j z x c v; Tab moves to the next open question. In coach mode \
                each answer is judged at once with the procedure; in exam mode only at the end. \
                The debrief (reactions, what happened, analysis, summary) compares your morning \
                with the autopilot's on the same patients; r there practises your mistakes again \
                with the same patients, s saves it as text and JSON.

                LESSONS
                  `madoguchi lessons` lists the built-in course, in order, with goals and pass marks.

                EXAMPLES
                  madoguchi train
                  madoguchi train wrong-person --trainee "Sato"
                  madoguchi train network-outage --exam --lang en
                  madoguchi train reader-outage --speed 5
                  madoguchi train network-outage --set staff.desks=1
                  madoguchi train my-lesson.toml --debrief results/sato-day1
                  madoguchi train face-then-pin --retry-mistakes debrief-face-then-pin-20261201-101500.json
                """, ja: """
                レッスン(または任意のシナリオ)を受付画面で実行し、スタッフの判断をすべて
                あなたに任せます。考えている間も時計は進みます。判断待ちのときは、判断パネルに
                窓口で見えるもの(リーダーの画面、オンライン資格確認の結果とご本人の申告、
                お持ちのもの)が表示されます。a s d f g h j z x c v のキーで回答し、Tab で
                次の判断に移ります。コーチモードでは回答のたびに評価と手順を、試験モードでは
                最後にまとめて示します。振り返り(感想、できごと、分析、まとめ)では、同じ患者で
                自動操作と比べます。振り返り画面の r で誤った場面を同じ患者でやり直し、s で
                テキストと JSON に保存します。

                レッスン
                  `madoguchi lessons` で組み込みの課程を受講順に、目標と合格ラインとともに表示します。

                例
                  madoguchi train
                  madoguchi train wrong-person --trainee "佐藤"
                  madoguchi train network-outage --exam --lang en
                  madoguchi train reader-outage --speed 5
                  madoguchi train network-outage --set staff.desks=1
                  madoguchi train my-lesson.toml --debrief results/sato-day1
                  madoguchi train face-then-pin --retry-mistakes debrief-face-then-pin-20261201-101500.json
                """)
        )
    }

    @Argument(help: ArgumentHelp(help(
        en: "A built-in lesson, a lesson file, or a scenario (name or file). Default: the first lesson.",
        ja: "組み込みレッスン、レッスンファイル、またはシナリオ(名前かファイル)。\n既定値: 最初のレッスン")),
              completion: Completions.lessons)
    var lesson: String?

    @OptionGroup var settings: ScenarioSettingsOption

    @Option(help: ArgumentHelp(help(en: "Your name, to label the debrief.", ja: "研修者の名前(振り返りに表示)。")))
    var trainee: String?

    @Flag(help: ArgumentHelp(help(en: "Exam: no feedback until the debrief.", ja: "試験モード: 振り返りまで講評なし。")))
    var exam = false

    @Flag(help: ArgumentHelp(help(en: "Coach: feedback after every answer (even in an exam lesson).",
                                  ja: "コーチモード: 回答ごとに講評(試験レッスンでも)。")))
    var coach = false

    @Option(help: ArgumentHelp(help(en: "Starting speed: 1, 2, 5, 10, 30, 60 or max (default: the lesson's, else 1).",
                                    ja: "開始時の速度: 1、2、5、10、30、60、max\n(既定値: レッスンの指定、なければ 1)。")),
            transform: StartSpeed.parse)
    var speed: StartSpeed?

    @Option(name: .customLong("retry-mistakes"), help: ArgumentHelp(help(
        en: "A saved debrief (.json): practise only the situations got wrong there, with the same patients.",
        ja: "保存した振り返り(.json): そこで誤った場面だけを同じ患者でやり直します。")))
    var retryMistakes: String?

    @Option(help: ArgumentHelp(help(en: "Save the debrief as PREFIX.txt and PREFIX.json when you leave it.",
                                    ja: "振り返りを終えるときに PREFIX.txt と PREFIX.json に保存します。")))
    var debrief: String?

    @Option(help: ArgumentHelp(help(en: "Colour theme: \(Theme.builtinNames.joined(separator: ", ")), or a .toml file.",
                                    ja: "配色テーマ: \(Theme.builtinNames.joined(separator: ", "))\nまたは .toml ファイル。")),
            completion: Completions.themes)
    var theme = "default"

    @Flag(help: ArgumentHelp(help(en: "Draw with ASCII only, in English.", ja: "ASCII 文字だけで、英語で表示します。")))
    var ascii = false

    @OptionGroup var recording: SessionRecordOption

    @OptionGroup var ambiguousWidth: AmbiguousWidthOption

    @OptionGroup var language: LanguageOption

    func validate() throws {
        if speed?.paused == true {
            throw ValidationError(language.text(
                en: "--speed 0 (paused) is for the desk; training starts running: give 1, 2, 5, 10, 30, 60 or max",
                ja: "--speed 0(一時停止)は受付画面用です。研修は動いた状態で始まるので、1, 2, 5, 10, 30, 60, max のどれかを指定してください"))
        }
        if exam && coach {
            throw ValidationError(language.text(en: "--exam and --coach exclude each other; give one",
                                                ja: "--exam と --coach は同時に指定できません。どちらか一方を指定してください"))
        }
    }

    func run() throws {
        let messages = DeskLauncher.messageLanguage(language.value)
        var chosen = try LessonArgument.load(lesson, language: messages, settings: settings.texts)
        if exam || coach { chosen = chosen.with(feedback: exam ? .exam : .coach) }
        let only = try retryMistakes.map { try LessonArgument.mistakes(in: $0, lesson: chosen, language: messages) }
        let name = trainee.map(TextSanitizer.clean) ?? UIText.traineeAnonymous.text(language.value)
        let info = SessionInfo(mode: .train, lesson: chosen.name, scenario: chosen.scenario, seed: chosen.scenario.seed,
                               programVersion: MadoguchiVersion.string, trainee: name, feedback: chosen.feedback.rawValue,
                               language: language.value)
        let keeper = try SessionKeeper(recording.destination, info: info, language: messages)
        try DeskLauncher.run(theme: theme, ascii: ascii, ambiguousWidth: ambiguousWidth.value, language: language.value,
                             debriefPrefix: debrief, keeper: keeper) { terminal, palette in
            .training(chosen, trainee: name, language: language.value, asciiOnly: terminal.asciiOnly,
                      ambiguousWidth: terminal.ambiguousWidth, themeName: palette.name,
                      speed: speed?.speed, width: terminal.width, height: terminal.height, only: only)
        }
    }
}
