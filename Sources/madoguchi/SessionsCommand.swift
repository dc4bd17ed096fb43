import ArgumentParser
import Foundation
import MadoguchiClinic
import MadoguchiLab

struct SessionsCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "sessions",
            abstract: help(en: "List the recorded desk and training sessions.",
                           ja: "記録された受付・研修のセッションを一覧表示します。"),
            discussion: help(en: """
                One line per session: number, start (UTC), mode, lesson or scenario, trainee, patients \
                served of those who came, mean wait, score, and whether it completed. FILE defaults to \
                the sessions file the desk and `train` record into (see `madoguchi desk --help`). \
                `madoguchi replay --session N` plays one again.

                EXAMPLES
                  madoguchi sessions
                  madoguchi sessions --trainee Sato --lesson wrong-person
                  madoguchi sessions team.sqlite --format json
                """, ja: """
                1 行に 1 セッション: 番号、開始日時(UTC)、モード、レッスンまたはシナリオ、研修者、
                受付済み/来院人数、平均待ち時間、得点、完了したかどうか。FILE を省略すると、
                受付画面と `train` が記録する既定のファイルを読みます(`madoguchi desk --help`
                参照)。`madoguchi replay --session N` で再生できます。

                例
                  madoguchi sessions
                  madoguchi sessions --trainee Sato --lesson wrong-person
                  madoguchi sessions team.sqlite --format csv
                """))
    }

    @Argument(help: ArgumentHelp(help(en: "A recording (default: the sessions file).", ja: "記録ファイル(既定値: セッションの既定ファイル)。")))
    var file: String?

    @Option(help: ArgumentHelp(help(en: "Only this trainee's sessions.", ja: "この研修者のセッションだけ。")))
    var trainee: String?

    @Option(help: ArgumentHelp(help(en: "Only sessions of this lesson.", ja: "このレッスンのセッションだけ。")))
    var lesson: String?

    @OptionGroup var output: FormatOption

    @OptionGroup var language: LanguageOption

    func run() throws {
        let lang = language.value
        let path = file ?? SessionRecordOption.defaultPath(ProcessInfo.processInfo.environment)
        let all: [RecordedSession]
        do {
            all = try Recording.openForReading(path).sessions()
        } catch let error as RecordingError {
            FileHandle.standardError.write(Data(("madoguchi: " + error.message(in: lang) + "\n").utf8))
            throw ExitCode(2)
        }
        let shown = all.filter { session in
            (trainee == nil || session.trainee == trainee) && (lesson == nil || session.lesson == lesson)
        }
        switch output.format {
        case .table: break
        case .json:
            let rows = shown.map(Self.object)
            let data = try JSONSerialization.data(withJSONObject: rows, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            print(String(decoding: data, as: UTF8.self))
            return
        case .csv:
            print(Self.csv(shown), terminator: "")
            return
        }
        guard !shown.isEmpty else {
            print(Bilingual(en: "No sessions in \(path)", ja: "セッションはありません(\(path))").text(lang))
            return
        }
        let header = lang == .ja
            ? ["番号", "開始(UTC)", "モード", "レッスン・シナリオ", "研修者", "受付", "平均待ち", "得点", "状態"]
            : ["id", "started (UTC)", "mode", "lesson or scenario", "trainee", "served", "mean wait", "score", "status"]
        let rows = shown.map { s -> [String] in
            [String(s.id), String(s.startedAt.prefix(16)).replacingOccurrences(of: "T", with: " "), s.mode,
             s.lesson ?? s.scenarioOrigin, s.trainee ?? "-",
             s.served.map { "\($0)/\(s.arrived ?? 0)" } ?? "-", s.meanWait.map(DurationText.clock) ?? "-",
             s.score.map { "\(Int(($0 * 100).rounded()))%" + (s.passed == true ? Bilingual(en: " passed", ja: " 合格").text(lang) : "") } ?? "-",
             s.status]
        }
        print(TextTable.render([header] + rows))
    }

    /// The JSON's keys as columns, empty where the JSON has none.
    static let columns = ["id", "started_at", "finished_at", "mode", "lesson", "scenario", "trainee", "language", "seed",
                          "arrived", "served", "mean_wait_seconds", "score", "passed", "status"]

    static func csv(_ sessions: [RecordedSession]) -> String {
        let rows = sessions.map { session in
            let object = Self.object(session)
            return columns.map { object[$0].map { CSV.field("\($0)") } ?? "" }.joined(separator: ",")
        }
        return ([columns.joined(separator: ",")] + rows).map { $0 + "\n" }.joined()
    }

    static func object(_ s: RecordedSession) -> [String: Any] {
        var object: [String: Any] = ["id": s.id, "started_at": s.startedAt, "mode": s.mode, "scenario": s.scenarioOrigin,
                                     "status": s.status, "seed": String(s.seed), "language": s.language.rawValue]
        object["finished_at"] = s.finishedAt
        object["lesson"] = s.lesson
        object["trainee"] = s.trainee
        object["arrived"] = s.arrived
        object["served"] = s.served
        object["mean_wait_seconds"] = s.meanWait
        object["score"] = s.score
        object["passed"] = s.passed
        return object
    }
}
