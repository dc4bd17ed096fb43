import Foundation
import Testing

/// `train` and `lessons` from the command line: what can be checked without a terminal.
@Suite struct TrainCommandTests {
    static func directory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("madoguchi-train-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func aBadLessonFileEndsWithOneMessageNamingFileLineAndKey() throws {
        let shown = try Binary.run(["lessons", "--show", "face-then-pin"])
        #expect(shown.status == 0)
        let path = try Self.directory().appendingPathComponent("bad.toml").path
        try shown.stdout.replacingOccurrences(of: "pass_mark = 0.8", with: "pass_mark = 8").write(toFile: path, atomically: true, encoding: .utf8)
        let result = try Binary.run(["train", path, "--lang", "en"])
        #expect(result.status == 2)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("madoguchi: \(path):10: lesson.pass_mark:"), "\(result.stderr)")
        #expect(result.stderr.contains("8 is out of range. Accepted: a probability"), "\(result.stderr)")
    }

    @Test func anUnknownLessonListsLessonsAndScenarios() throws {
        let result = try Binary.run(["train", "no-such-lesson", "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("face-then-pin") && result.stderr.contains("reader-outage"), "\(result.stderr)")
    }

    @Test func aDebriefThatIsNotOneIsRefused() throws {
        let path = try Self.directory().appendingPathComponent("not.json").path
        try "{}".write(toFile: path, atomically: true, encoding: .utf8)
        let result = try Binary.run(["train", "face-then-pin", "--retry-mistakes", path, "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.stderr == "madoguchi: \(path): not a saved debrief. Accepted: the .json a debrief is saved as (key s)\n")
    }

    @Test func exclusiveFeedbackOptionsAreRefused() throws {
        let result = try Binary.run(["train", "--exam", "--coach", "--lang", "en"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--exam and --coach exclude each other"))
    }

    @Test func lessonsListsTheCourseInBothLanguages() throws {
        let en = try Binary.run(["lessons", "--lang", "en"])
        let ja = try Binary.run(["lessons", "--lang", "ja"])
        #expect(en.status == 0 && ja.status == 0)
        #expect(en.stdout.hasPrefix("1. face-then-pin  Face not recognised, then a locked PIN\n"))
        #expect(ja.stdout.contains("9. exam-morning  修了試験：窓口の朝"))
        #expect(en.stdout.contains("pass mark 80 %, exam"))
    }
}
