import Foundation
import MadoguchiClinic
import MadoguchiTraining

/// One desk or training session of a recording, read for the report: the `sessions` row,
/// the debrief of a training session, and the day's figures folded from its events.
struct ReportSession {
    let file: String
    let id: Int64
    let startedAt: String
    let status: String
    let mode: String
    let lesson: String?
    let scenarioTitle: String
    let scenario: Scenario?
    let trainee: String?
    let feedback: String?
    /// The row's own count of patients and mean wait (nil while running or after a kill).
    let arrived: Int?
    let served: Int?
    let meanWait: Double?
    let score: Double?
    let passed: Bool?
    /// Nil without one, or when it does not decode (written by another version).
    let debrief: Debrief?
    let day: DayFigures
    let utilization: (readers: Double, desks: Double)?

    init(file: String, session: RecordedSession, events: [TimedClinicEvent]) {
        self.file = file
        id = session.id
        startedAt = session.startedAt
        status = session.status
        mode = session.mode
        lesson = session.lesson
        scenarioTitle = session.scenarioTitle
        scenario = RecordedScenario.load(text: session.scenarioText, origin: session.scenarioOrigin, overrides: "")
        trainee = session.trainee
        feedback = session.feedback
        arrived = session.arrived
        served = session.served
        meanWait = session.meanWait
        score = session.score
        passed = session.passed
        debrief = session.debrief.flatMap { try? JSONDecoder().decode(Debrief.self, from: Data($0.utf8)) }

        var patients: [ReportPatient] = []
        var usage = SessionUtilization()
        var queues = SessionQueues()
        for timed in events {
            usage.apply(timed)
            queues.apply(timed)
            if case .left(let record) = timed.event { patients.append(ReportPatient(record: record, leftAt: timed.time)) }
        }
        var day = DayFigures(end: queues.lastEvent, warmup: scenario?.warmup ?? 0)
        for patient in patients { day.add(patient, queuesFromRecord: false) }
        for interval in queues.all { day.addQueueing(interval.line, from: interval.from, to: interval.to) }
        day.endReplication()
        self.day = day
        utilization = usage.shares(readers: scenario?.readers ?? usage.readersSeen, desks: scenario?.desks ?? usage.staffSeen)
    }

    var isTraining: Bool { mode == "train" }

    var opening: Double { scenario?.opening.secondsSinceMidnight ?? 0 }
}
