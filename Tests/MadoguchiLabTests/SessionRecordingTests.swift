import Foundation
import GRDB
import MadoguchiClinic
import MadoguchiTestSupport
import Testing
@testable import MadoguchiLab

/// Desk and training sessions in the recording: every event and every judged answer, read
/// back as they were written.
@Suite struct SessionRecordingTests {
    static func events(seed: UInt64 = 3) -> [TimedClinicEvent] {
        let scenario = TestScenario.make(perHour: 40, hours: 1, faults: TestScenario.allFaults)
        var sim = ClinicModel.simulator(scenario: scenario, policy: Autopilot(), seed: seed, replication: 0)
        sim.model.log = []
        while !sim.model.isDayOver, sim.step() {}
        return sim.model.log!
    }

    static func info() -> SessionInfo {
        SessionInfo(mode: .train, lesson: "face-then-pin", scenario: TestScenario.make(), seed: 11, programVersion: "test",
                    trainee: "佐藤", feedback: "coach", language: .ja)
    }

    @Test func aSessionReadsBackEventForEventWithItsJudgements() throws {
        let path = temporaryDirectory() + "/sessions.sqlite"
        let recorder = try SessionRecorder.begin(Self.info(), in: Recording.openForWriting(path))
        let events = Self.events()
        let half = events.count / 2
        recorder.append(Array(events[..<half]), wallTime: 0.4)
        try recorder.flushIfDue(wallTime: 0.5)
        #expect(try Recording.openForReading(path).events(ofSession: recorder.sessionID).isEmpty, "not due before a second")
        try recorder.flushIfDue(wallTime: 1.2)
        #expect(try Recording.openForReading(path).events(ofSession: recorder.sessionID).count == half)
        recorder.append(Array(events[half...]), wallTime: 1.7)
        try recorder.finish(.completed, summary: SessionSummary(arrived: 40, served: 39, meanWait: 120, score: 0.9, passed: true,
                                                                debrief: "{}"), wallTime: 1.8)
        let recording = try Recording.openForReading(path)
        let read = try recording.events(ofSession: recorder.sessionID)
        #expect(read.map(\.event) == events)
        #expect(read.first?.wallTime == 0.4 && read.last?.wallTime == 1.7)
        let session = try #require(try recording.sessions().first)
        #expect(session.status == "completed" && session.mode == "train" && session.trainee == "佐藤")
        #expect(session.served == 39 && session.score == 0.9 && session.passed == true && session.seed == 11)
        let decided = events.compactMap { timed -> (Int, TimedClinicEvent)? in
            if case .decided(let ticket, _, _, _) = timed.event { return (ticket, timed) }
            return nil
        }.sorted { $0.0 < $1.0 }.map(\.1)
        #expect(!decided.isEmpty)
        let judged = try recording.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM session_judgements WHERE session_id = ? ORDER BY ticket", arguments: [recorder.sessionID])
        }
        #expect(judged.count == decided.count)
        for (row, timed) in zip(judged, decided) {
            guard case .decided(let ticket, let decision, let action, _) = timed.event else { continue }
            #expect(row["ticket"] as Int == ticket)
            #expect(row["action"] as String == action.rawValue)
            #expect(row["verdict"] as String == decision.ruling(action).verdict.rawValue)
            #expect(row["answered_at"] as Double == timed.time)
            let asked: Double = row["asked_at"]
            #expect(asked <= timed.time)
        }
        #expect(try recording.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") } == "ok")
    }

    @Test func aSessionLeftRunningByADeadProcessReadsInterrupted() throws {
        let path = temporaryDirectory() + "/dead.sqlite"
        let recorder = try SessionRecorder.begin(Self.info(), in: Recording.openForWriting(path))
        try recorder.recording.write { db in
            try db.execute(sql: "UPDATE sessions SET pid = 999999999 WHERE id = ?", arguments: [recorder.sessionID])
        }
        #expect(try Recording.openForReading(path).sessions().first?.status == "interrupted")
    }

    /// A file from before sessions existed lists none, and gains the tables when written to.
    @Test func anOlderRecordingHasNoSessionsAndMigrates() throws {
        let path = temporaryDirectory() + "/old.sqlite"
        try PatientCodeTests.makeVersion1Recording(at: path, patients: PatientCodeTests.version1Cases())
        #expect(try Recording.openForReading(path).sessions().isEmpty)
        let recorder = try SessionRecorder.begin(Self.info(), in: Recording.openForWriting(path))
        try recorder.finish(.completed, summary: nil, wallTime: 0)
        #expect(try Recording.openForReading(path).sessions().count == 1)
        #expect(try Recording.openForReading(path).runs().count == 1, "the run of version 1 is still there")
    }
}
