import ArgumentParser
import Foundation
import MadoguchiClinic
import MadoguchiDesk
import MadoguchiLab
import MadoguchiTraining

struct ReplayCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "replay",
            abstract: help(en: "Play a recorded desk or training session again, on the same desk screen.",
                           ja: "記録した受付・研修のセッションを、同じ画面で再生します。"),
            discussion: help(en: """
                Draws the session from its recorded events, as it was drawn live: the queue, the \
                readers, the desk, the trainee's questions, answers and the coach's words as they \
                happened, and the debrief at the end. Space pauses, + and - change the speed; \
                ] jumps to the next question and [ back to the one before; } and { move 10 \
                simulated minutes. FILE defaults to the sessions file, the session to the latest \
                (`madoguchi sessions` lists them).

                EXAMPLES
                  madoguchi replay
                  madoguchi replay --session 12 --speed 30
                  madoguchi replay team.sqlite --session 3 --lang en
                """, ja: """
                記録されたイベントから、ライブのときと同じ画面を描きます。待合、リーダー、窓口、
                研修者への質問と回答、講評がそのときのとおりに現れ、最後に振り返りを表示します。
                Space で一時停止、+ と - で速度変更、] で次の判断、[ で前の判断、} と { で
                10 分進む・戻る。FILE を省略すると既定のセッションファイル、セッションを省略
                すると最新のものを再生します(一覧は `madoguchi sessions`)。

                例
                  madoguchi replay
                  madoguchi replay --session 12 --speed 30
                  madoguchi replay team.sqlite --session 3 --lang en
                """))
    }

    @Argument(help: ArgumentHelp(help(en: "A recording (default: the sessions file).", ja: "記録ファイル(既定値: セッションの既定ファイル)。")))
    var file: String?

    @Option(help: ArgumentHelp(help(en: "The session's number (default: the latest).", ja: "セッション番号(既定値: 最新)。")))
    var session: Int64?

    @Option(help: ArgumentHelp(help(en: "Starting speed: 0 (paused), 1, 2, 5, 10, 30, 60 or max.",
                                    ja: "開始時の速度: 0(一時停止)、1、2、5、10、30、60、max\nのいずれか。")),
            transform: StartSpeed.parse)
    var speed = StartSpeed(name: "10")

    @Option(help: ArgumentHelp(help(en: "Colour theme: \(Theme.builtinNames.joined(separator: ", ")), or a .toml file.",
                                    ja: "配色テーマ: \(Theme.builtinNames.joined(separator: ", "))\nまたは .toml ファイル。")),
            completion: Completions.themes)
    var theme = "default"

    @Flag(help: ArgumentHelp(help(en: "Draw with ASCII only, in English.", ja: "ASCII 文字だけで、英語で表示します。")))
    var ascii = false

    @OptionGroup var ambiguousWidth: AmbiguousWidthOption

    @OptionGroup var language: LanguageOption

    func run() throws {
        let messages = DeskLauncher.messageLanguage(language.value)
        let path = file ?? SessionRecordOption.defaultPath(ProcessInfo.processInfo.environment)
        func fail(en: String, ja: String) -> ExitCode {
            DeskLoop.complain(Bilingual(en: en, ja: ja).text(messages))
            return ExitCode(2)
        }
        let recording: Recording
        let sessions: [RecordedSession]
        do {
            recording = try Recording.openForReading(path)
            sessions = try recording.sessions()
        } catch let error as RecordingError {
            throw fail(en: error.message.en, ja: error.message.ja)
        }
        guard let chosen = session.map({ id in sessions.first { $0.id == id } }) ?? sessions.last else {
            let known = sessions.map { String($0.id) }.joined(separator: ", ")
            throw session == nil ? fail(en: "\(path) holds no session", ja: "\(path) にセッションはありません")
                : fail(en: "\(path) has no session \(session!); it has: \(known)", ja: "\(path) にセッション \(session!) はありません。あるもの: \(known)")
        }
        let events = try recording.events(ofSession: chosen.id).map(\.event)
        let language = language.chosen ?? chosen.language
        let start = try ReplayStart(chosen, language: messages)
        let debrief = chosen.debrief.flatMap { try? JSONDecoder().decode(Debrief.self, from: Data($0.utf8)) }
        let tape = ReplayTape(events: events, debrief: debrief)
        try DeskLauncher.run(theme: theme, ascii: ascii, ambiguousWidth: ambiguousWidth.value, language: language,
                             keeper: .unrecorded) { terminal, palette in
            let state = start.state(language: language, asciiOnly: terminal.asciiOnly, ambiguousWidth: terminal.ambiguousWidth,
                                    themeName: palette.name,
                                    speed: speed.speed, paused: speed.paused,
                                    width: terminal.width, height: terminal.height)
            return DeskState.replay(tape, of: state)
        }
    }
}
