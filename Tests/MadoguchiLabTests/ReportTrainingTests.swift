import Foundation
import MadoguchiClinic
import MadoguchiTraining
import Testing
@testable import MadoguchiLab

/// Training sessions in the report: each trainee's decisions beside the autopilot's, and
/// progress over sessions and lessons, from sessions written into the v4 tables.
@Suite struct ReportTrainingTests {
    @Test func decisionsAgainstTheAutopilotAndProgress() throws {
        let dir = temporaryDirectory()
        let file = dir + "/sessions.sqlite"
        let invalid = try LessonLoader.load(nameOrPath: "eligibility-invalid")
        let wrongPerson = try LessonLoader.load(nameOrPath: "wrong-person")
        let first = SessionFixture.play(invalid, trainee: "Sato", seed: 1, choose: SessionFixture.chargesFull)
        let second = SessionFixture.play(invalid, trainee: "Sato", seed: 1) { $0.standardAction }
        let other = SessionFixture.play(wrongPerson, trainee: "Tanaka", seed: 2) { $0.standardAction }
        #expect(first.debrief.mistakes.count > 0)
        #expect(second.debrief.score == 1)
        try SessionFixture.insert(first, mode: .train, trainee: "Sato", startedAt: "2026-11-20T01:00:00Z", into: file)
        try SessionFixture.insert(second, mode: .train, trainee: "Sato", startedAt: "2026-11-27T01:00:00Z", into: file)
        try SessionFixture.insert(other, mode: .train, trainee: "Tanaka", startedAt: "2026-11-28T01:00:00Z", into: file)
        let desk = SessionFixture.play(Lesson.practice(try ScenarioLoader.load(nameOrPath: "quiet-weekday"), name: "quiet-weekday"),
                                       trainee: "", seed: 3) { $0.standardAction }
        try SessionFixture.insert(desk, mode: .desk, trainee: nil, startedAt: "2026-11-29T01:00:00Z", into: file)

        let input = try ReportInput.read([file])
        #expect(input.sessions.count == 4)
        #expect(input.sessions.filter(\.isTraining).map(\.debrief) == [first.debrief, second.debrief, other.debrief])
        // The desk session's day is folded from its events: every patient who left.
        let left = desk.events.filter { if case .left = $0.event { true } else { false } }.count
        #expect(desk.events.count > 0 && input.sessions[3].day.counted == left)
        // Over a whole day the queues from the events are those the records give.
        var fromRecords = DayFigures(end: input.sessions[3].day.queue.step * Double(input.sessions[3].day.queue.points - 1), warmup: 0)
        for case .left(let record) in desk.events.map(\.event) { fromRecords.add(ReportPatient(record: record, leftAt: 0)) }
        fromRecords.endReplication()
        #expect(fromRecords.queue.points == input.sessions[3].day.queue.points)
        #expect(fromRecords.queue.mean(.desk) == input.sessions[3].day.queue.mean(.desk))
        #expect(fromRecords.queue.mean(.reader) == input.sessions[3].day.queue.mean(.reader))
        #expect(input.sessions[3].day.queue.mean(.desk).contains { $0 > 0 })

        let source = HTMLReport.render(input, language: .en, version: "test")
        let page = PageText(text: source)
        let check = ReportPageTests().checkPage(source)
        for text in ["Training", "Progress across sessions", "Progress per trainee and lesson", "Decisions against the autopilot",
                     "The trainee's morning and the autopilot's", "Desk session 4 of \(file)"] {
            #expect(check.content.has(text), "\(text)")
        }
        // Per fault, the debrief's counts.
        for review in first.debrief.faults {
            #expect(page.has("<th scope=\"row\">\(review.fault.name.en)</th><td>\(review.correct)</td><td>\(review.acceptable)</td><td>\(review.mistakes)</td>"))
        }
        #expect(!first.debrief.faults.isEmpty)
        // The sessions table takes each row's own figures.
        let morning = first.debrief.traineeMorning
        #expect(page.has("<td>\(morning.served) / \(morning.arrived)</td><td>\(ChartFormat.number(morning.meanWait / 60, decimals: 1))</td>"))
        // One row per decision of each training session, the trainee's answer beside the book's.
        let decisionRows = [first, second, other].reduce(0) { $0 + $1.debrief.situations.count }
        let situations = [first, second, other].flatMap(\.debrief.situations)
        let fullCharges = situations.filter { $0.action == .chargeFull }.count + situations.filter { $0.standardAction == .chargeFull }.count
        #expect(fullCharges > 0)
        #expect(page.count("<td>\(StaffAction.chargeFull.name.en)</td>") == fullCharges)
        #expect(page.count("<caption>Every decision: the trainee&#39;s answer and the autopilot&#39;s</caption>") == 3)
        #expect(decisionRows > 3)
        // Progress: Sato's two sessions on one lesson, first score and the latest.
        let firstScore = ChartFormat.number(first.debrief.score * 100, decimals: 1)
        #expect(page.has("<th scope=\"row\">Sato</th><td>\(invalid.title.en)</td><td>2</td><td>\(firstScore) %</td><td>100.0 %</td><td>100.0 %</td><td>yes</td>"))
    }
}
