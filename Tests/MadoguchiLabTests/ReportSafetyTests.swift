import Foundation
import GRDB
import MadoguchiTraining
import Testing
@testable import MadoguchiLab

/// What comes from files cannot act in the report, and files the report cannot read are
/// refused without being touched.
@Suite struct ReportSafetyTests {
    static let hostileTitle = "Rush </svg></figure><script>alert(\"title\")</script> & <b>more</b>"
    static let hostileJapanese = "混雑</title><script>alert('ja')</script>"
    static let hostileClinic = "\"><img src=x onerror=alert(1)>クリニック"
    static let hostileTrainee = "<script>alert(\"trainee\")</script></svg>佐藤"

    @Test func markupInTitlesNamesAndClinicsShowsAsText() throws {
        let dir = temporaryDirectory()
        let scenario = """
            [scenario]
            title = '\(Self.hostileTitle)'
            title_ja = "\(Self.hostileJapanese)"
            clinic = '\(Self.hostileClinic)'
            """
        try scenario.write(toFile: dir + "/hostile.toml", atomically: true, encoding: .utf8)
        let run = try LabBinary.run(["run", "hostile.toml", "--replications", "2", "--record", "h.sqlite", "--quiet"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        let lesson = try LessonLoader.load(nameOrPath: "eligibility-invalid")
        let played = SessionFixture.play(lesson, trainee: Self.hostileTrainee, seed: 4, choose: SessionFixture.chargesFull)
        try SessionFixture.insert(played, mode: .train, trainee: Self.hostileTrainee, startedAt: "2026-11-30T01:00:00Z", into: dir + "/h.sqlite")

        for language in ["en", "ja"] {
            let report = try LabBinary.run(["report", "h.sqlite", "--html", "h-\(language).html", "--lang", language], in: dir)
            #expect(report.status == 0, "\(report.stderr)")
            let source = try String(contentsOfFile: dir + "/h-\(language).html", encoding: .utf8)
            let page = PageText(text: source)
            let check = ReportPageTests().checkPage(source)
            #expect(!check.elements.contains("script"))
            #expect(!check.elements.contains("img"))
            #expect(!check.elements.contains("b"))
            #expect(!page.has("<script"))
            #expect(!page.has("<img"))
            // The parser reads back the very characters of the file.
            #expect(check.content.has(language == "en" ? Self.hostileTitle : Self.hostileJapanese))
            #expect(check.content.has(Self.hostileClinic))
            #expect(check.content.has(Self.hostileTrainee))
        }
    }

    @Test func controlCharactersAreDropped() {
        #expect(HTMLText.escape("a\u{1B}[31mb\u{0}c\u{7F}d\u{85}e\tf\ng") == "a[31mbcde\tf\ng")
        #expect(HTMLText.escape("<&>\"'") == "&lt;&amp;&gt;&quot;&#39;")
    }

    func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    /// Runs the report on `file` and checks it is refused with status 2, `message` on
    /// standard error, the file byte for byte as it was, and no report written. (A SQLite
    /// reader of a file in WAL mode may leave the file's -wal and -shm beside it.)
    func expectRefused(_ file: String, in dir: String, saying message: String) throws {
        let before = try bytes(dir + "/" + file)
        let siblings = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
        let result = try LabBinary.run(["report", file, "--html", "never.html", "--lang", "en"], in: dir)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(try bytes(dir + "/" + file) == before)
        #expect(!FileManager.default.fileExists(atPath: dir + "/never.html"))
        let ignored: Set = ["stdout", "stderr", file + "-wal", file + "-shm"]
        let after = try FileManager.default.contentsOfDirectory(atPath: dir).sorted().filter { !ignored.contains($0) }
        #expect(after == siblings.filter { !ignored.contains($0) })
    }

    @Test func refusesWhatIsNotARecordingANewerOneAndADamagedOne() throws {
        let dir = temporaryDirectory()
        try "keep me\n".write(toFile: dir + "/notes.txt", atomically: true, encoding: .utf8)
        try expectRefused("notes.txt", in: dir, saying: "notes.txt is not a Madoguchi recording; it was left untouched.")

        #expect(try LabBinary.run(["run", "quiet-weekday", "--replications", "30", "--record", "good.sqlite", "--quiet"], in: dir).status == 0)
        let good = try bytes(dir + "/good.sqlite")
        #expect(good.count > 64 * 1024)

        try good.write(to: URL(fileURLWithPath: dir + "/newer.sqlite"))
        let queue = try DatabaseQueue(path: dir + "/newer.sqlite")
        try queue.write { try $0.execute(sql: "UPDATE meta SET value = '99' WHERE key = 'schema_version'") }
        try queue.close()
        try expectRefused("newer.sqlite", in: dir, saying: "newer.sqlite has recording schema 99, newer than the \(Recording.schemaVersion) this version understands")

        try good.prefix(good.count / 2).write(to: URL(fileURLWithPath: dir + "/cut.sqlite"))
        try expectRefused("cut.sqlite", in: dir, saying: "cut.sqlite is a damaged Madoguchi recording")

        let missing = try LabBinary.run(["report", "missing.sqlite", "--html", "never.html", "--lang", "en"], in: dir)
        #expect(missing.status == 2)
        #expect(missing.stderr == "madoguchi: no recording at missing.sqlite\n")
        #expect(!FileManager.default.fileExists(atPath: dir + "/never.html"))
    }

    @Test func replacesAnEarlierReportButNoOtherFile() throws {
        let dir = temporaryDirectory()
        #expect(try LabBinary.run(["run", "quiet-weekday", "--record", "r.sqlite", "--quiet"], in: dir).status == 0)
        try "my notes\n".write(toFile: dir + "/notes.html", atomically: true, encoding: .utf8)
        let refused = try LabBinary.run(["report", "r.sqlite", "--html", "notes.html"], in: dir)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("notes.html exists and is not a Madoguchi report; it was left untouched."))
        #expect(try String(contentsOfFile: dir + "/notes.html", encoding: .utf8) == "my notes\n")
        let intoRecording = try LabBinary.run(["report", "r.sqlite", "--html", "r.sqlite"], in: dir)
        #expect(intoRecording.status == 2)
        #expect(try Recording.openForReading(dir + "/r.sqlite").runs().count == 1)

        #expect(try LabBinary.run(["report", "r.sqlite", "--html", "out.html", "--lang", "en"], in: dir).status == 0)
        #expect(try LabBinary.run(["report", "r.sqlite", "--html", "out.html", "--lang", "ja"], in: dir).status == 0)
        #expect(try String(contentsOfFile: dir + "/out.html", encoding: .utf8).contains("lang=\"ja\""))
    }
}
