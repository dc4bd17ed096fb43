import MadoguchiClinic
import MadoguchiSim
import Testing
@testable import MadoguchiTraining

/// The built-in lessons load, form one course, and each can be done by the book in time;
/// a bad lesson file gets a scenario's kind of message.
@Suite struct LessonLoaderTests {
    @Test func everyBuiltinLessonLoadsAndTheyFormOneCourse() throws {
        let names = LessonLoader.builtinNames
        #expect(names.count >= 6)
        let lessons = try names.map { try LessonLoader.load(nameOrPath: $0) }
        let course = LessonLoader.course
        #expect(Set(course) == Set(names))
        #expect(course.first == "face-then-pin")
        for (index, name) in course.enumerated() {
            let lesson = try #require(lessons.first { $0.name == name })
            #expect(lesson.unlocks == (index + 1 < course.count ? course[index + 1] : nil), "\(name) unlocks the next")
            #expect(!lesson.title.ja.isEmpty && !lesson.title.en.isEmpty && !lesson.goal.ja.isEmpty && !lesson.goal.en.isEmpty)
        }
    }

    /// The autopilot, which answers by the rule table, finishes every lesson before its time
    /// limit without a single mistake: a lesson that could not be passed is caught here.
    @Test(arguments: LessonLoader.builtinNames)
    func theAutopilotFinishesTheLessonByTheBook(_ name: String) throws {
        let lesson = try LessonLoader.load(nameOrPath: name)
        var sim = ClinicModel.simulator(scenario: lesson.scenario, policy: Autopilot(), seed: lesson.scenario.seed, replication: 0)
        sim.model.records = []
        while !sim.model.isDayOver, sim.step() {}
        #expect(sim.now < lesson.timeLimit, "\(name) ends at \(sim.now) s, after its limit \(lesson.timeLimit) s")
        #expect(sim.model.statistics.decisionErrors == 0)
        #expect(sim.model.statistics.decisions > 0)
        #expect(sim.model.records!.allSatisfy { $0.outcome.isRecovery || $0.outcome == .provisionalFull })
    }

    static func error(_ text: String) -> ScenarioError? {
        do {
            _ = try LessonLoader.parse(text: text, origin: "bad.toml", name: "bad.toml")
            return nil
        } catch {
            return error
        }
    }

    static let good = """
        arrivals = []
        [lesson]
        title = "t"
        title_ja = "t"
        goal = "g"
        goal_ja = "g"
        pass_mark = 0.8
        unlocks = ""
        feedback = "coach"
        pausing = true
        speed = 1
        time_limit_minutes = 30
        [[script]]
        at = "08:31"
        path = "myna_card"
        """

    @Test func aGoodLessonLoads() throws {
        let lesson = try LessonLoader.parse(text: Self.good, origin: "good.toml", name: "good.toml")
        #expect(lesson.scenario.script.count == 1)
        #expect(lesson.scenario.script[0].at == 60)
        #expect(lesson.feedback == .coach)
    }

    @Test(arguments: [
        ("feedback = \"coach\"", "feedback = \"couch\"", "lesson.feedback", 9, "coach, exam"),
        ("pass_mark = 0.8", "pass_mark = 1.5", "lesson.pass_mark", 7, "0 to 1"),
        ("speed = 1", "speed = 3", "lesson.speed", 11, "1, 2, 5, 10, 30, 60"),
        ("pausing = true", "pausing = \"yes\"", "lesson.pausing", 10, "true or false"),
        ("time_limit_minutes = 30", "time_limit_minutes = 30\ncolour = 1", "lesson.colour", 13, "feedback"),
        ("path = \"myna_card\"", "path = \"mynacard\"", "script[1].path", 15, "myna_card"),
        ("at = \"08:31\"", "at = \"07:00\"", "script[1].at", 14, "from opening"),
        ("path = \"myna_card\"", "path = \"legacy_card\"\nfaults = [\"pin_lock\"]", "script[1].faults[1]", 16, "eligibility_invalid"),
        ("path = \"myna_card\"", "path = \"myna_card\"\nmethod = \"android\"", "script[1].method", 16, "pinless"),
    ] as [(String, String, String, Int, String)])
    func aBadLessonNamesFileLineAndKey(_ from: String, _ to: String, _ key: String, _ line: Int, _ accepted: String) throws {
        let text = Self.good.replacingOccurrences(of: from, with: to)
        let error = try #require(Self.error(text), "\(to) is refused")
        #expect(error.origin == "bad.toml")
        #expect(error.key == key)
        #expect(error.line == line)
        #expect(error.message(in: .en).contains(accepted), "\(error.message(in: .en))")
        #expect(error.message(in: .ja).contains("bad.toml \(line)行目"))
    }

    @Test func aLessonWithoutItsTableIsNamedAsSuch() throws {
        let error = try #require(Self.error("arrivals = []\n"))
        #expect(error.key == "lesson")
        #expect(error.problem == .missingKey)
    }

    @Test func anUnknownLessonNameListsTheBuiltins() throws {
        do {
            _ = try LessonLoader.load(nameOrPath: "no-such-lesson")
            Issue.record("an unknown lesson loads")
        } catch {
            #expect(error.message(in: .en).contains("face-then-pin"))
        }
    }
}

/// The debrief's English is drawable with ASCII only, for `--ascii`.
@Suite struct DebriefWordTests {
    @Test func everyEnglishPhraseIsASCII() {
        for word in DebriefWord.allCases {
            let ascii = word.text.en.allSatisfy { $0.isASCII }
            #expect(ascii, "\(word): \(word.text.en)")
            #expect(!word.text.ja.isEmpty)
        }
    }
}
