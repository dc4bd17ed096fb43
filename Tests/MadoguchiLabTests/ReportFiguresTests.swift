import Foundation
import MadoguchiClinic
import Testing
@testable import MadoguchiLab

/// The report's figures on patients small enough to count by hand.
@Suite struct ReportFiguresTests {
    /// A card patient who waits 2 min for the reader and 2½ min at the desk; a legacy card
    /// waiting 140 s at the desk; a card patient who gives up in the desk queue.
    let patients = [
        ReportPatient(path: .mynaCard, arrival: 0, readerStart: 120, deskQueueEntry: 150, serviceStart: 300, serviceEnd: 400,
                      faults: [], recoveryStart: nil, recoveryEnd: nil, outcome: .confirmedOnline, wait: 270),
        ReportPatient(path: .legacyCard, arrival: 60, readerStart: nil, deskQueueEntry: 60, serviceStart: 200, serviceEnd: 260,
                      faults: [.eligibilityInvalid], recoveryStart: 210, recoveryEnd: 260, outcome: .moushitatesho, wait: 140),
        ReportPatient(path: .mynaCard, arrival: 30, readerStart: 50, deskQueueEntry: 70, serviceStart: nil, serviceEnd: nil,
                      faults: [], recoveryStart: nil, recoveryEnd: nil, outcome: .reneged, wait: nil),
    ]

    @Test func queuesAtEachMinute() {
        var queue = QueueProfile(end: 400)
        for patient in patients { queue.add(patient) }
        queue.endReplication()
        #expect(queue.step == 60)
        #expect(queue.mean(.reader) == [1, 1, 0, 0, 0, 0, 0, 0])
        #expect(queue.mean(.desk) == [0, 1, 1, 2, 1, 0, 0, 0])
        #expect(queue.unknownEnds == 1)
    }

    /// With the wait a recording keeps since schema 5, the patient who gave up is placed: he
    /// queued 20 s for the reader, then at the desk from 70 s until he left at
    /// 70 + (120 − 20) = 170 s, so the desk queue holds him at 120 s.
    @Test func aPatientWhoGaveUpIsPlacedByHisWait() {
        var queue = QueueProfile(end: 400)
        var placed = patients
        placed[2] = ReportPatient(path: .mynaCard, arrival: 30, readerStart: 50, deskQueueEntry: 70, serviceStart: nil, serviceEnd: nil,
                                  faults: [], recoveryStart: nil, recoveryEnd: nil, outcome: .reneged, wait: 120)
        #expect(placed[2].leftAt == 170)
        for patient in placed { queue.add(patient) }
        queue.endReplication()
        #expect(queue.unknownEnds == 0)
        #expect(queue.mean(.desk) == [0, 1, 2, 2, 1, 0, 0, 0])
    }

    /// From events: a card patient at the reader then the desk, a paper credential at the
    /// desk, and one still queueing for the reader when the session ended.
    @Test func sessionQueuesFromEvents() {
        let events: [(Double, ClinicEvent)] = [
            (0, .queued(patient: 0, .reader)), (10, .queued(patient: 1, .desk)), (30, .readerStarted(patient: 0, reader: 0)),
            (60, .queued(patient: 0, .desk)), (100, .queued(patient: 2, .reader)), (120, .deskStarted(patient: 0, staff: 0)),
            (150, .deskStarted(patient: 1, staff: 1)), (170, .staffFree(staff: 0)),
        ]
        var queues = SessionQueues()
        for (time, event) in events { queues.apply(TimedClinicEvent(time: time, event: event)) }
        let intervals = queues.all.map { "\($0.line) \(Int($0.from))–\(Int($0.to))" }
        #expect(intervals == ["reader 0–30", "desk 60–120", "desk 10–150", "reader 100–170"])
    }

    @Test func waitsAndFaults() {
        var day = DayFigures(end: 400, warmup: 0)
        for patient in patients { day.add(patient) }
        day.endReplication()
        #expect(day.counted == 3 && day.reneged == 1)
        #expect(day.waits.pooled[WaitFigures.overall].mean == (270 + 140) / 2)
        #expect(day.waits.pooled[CredentialPath.mynaCard.index].percentile(0.5) == 270)
        #expect(day.faults.struckPerDay[Fault.eligibilityInvalid.index].mean == 1)
        #expect(day.faults.recovery[Fault.eligibilityInvalid.index].mean == 50)
        #expect(day.faults.recovered[Fault.eligibilityInvalid.index] == 1)
    }

    @Test func warmUpPatientsQueueButDoNotCount() {
        var day = DayFigures(end: 400, warmup: 45)
        for patient in patients { day.add(patient) }
        day.endReplication()
        #expect(day.counted == 1)
        #expect(day.queue.mean(.reader)[0] == 1)
    }

    @Test func percentilesAndScales() {
        var histogram = SecondsHistogram()
        for second in 1...100 { histogram.add(Double(second)) }
        #expect(histogram.percentile(0.5) == 50 && histogram.percentile(0.9) == 90 && histogram.percentile(1) == 100)
        #expect(histogram.binned(width: 30, bins: 3) == [29, 30, 41])
        let scale = LinearScale(3, 97, pixels: 0...100)
        #expect(scale.ticks == [0, 20, 40, 60, 80, 100])
        #expect(scale(50) == 50)
        let flipped = LinearScale(0.013, 0.042, pixels: 10...110, flipped: true, includeZero: false)
        #expect(flipped.step == 0.01 && flipped.ticks.first == 0.01 && flipped.decimals == 2)
        #expect(flipped(flipped.lower) == 110)
    }
}

/// A version 1 file (its `patients` table) and the same file brought to the current schema
/// (`patient_rows`, read without the view) give the report the same figures.
@Suite struct ReportSchemaTests {
    @Test func version1AndCompactRowsAgree() throws {
        let dir = temporaryDirectory()
        // A real day's records, at whole milliseconds as schema 2 keeps them.
        func ms(_ t: Double?) -> Double? { t.map { ($0 * 1000).rounded() / 1000 } }
        let patients = ClinicRun.recorded(LabScenarios.small(), seed: 1, replication: 0).1.map { r in
            PatientRecord(id: r.id, path: r.path, visit: r.visit, method: r.method, arrival: ms(r.arrival)!,
                          readerStart: ms(r.readerStart), readerEnd: ms(r.readerEnd), deskQueueEntry: ms(r.deskQueueEntry),
                          serviceStart: ms(r.serviceStart), serviceEnd: ms(r.serviceEnd), faults: r.faults,
                          recoveryStart: ms(r.recoveryStart), recoveryEnd: ms(r.recoveryEnd), outcome: r.outcome,
                          wait: r.wait, decisionErrors: r.decisionErrors)
        }
        #expect(patients.count > 20 && patients.contains { !$0.faults.faults.isEmpty })
        try PatientCodeTests.makeVersion1Recording(at: dir + "/v1.sqlite", patients: patients)
        let old = try #require(try ReportInput.read([dir + "/v1.sqlite"]).runs.first)
        try FileManager.default.copyItem(atPath: dir + "/v1.sqlite", toPath: dir + "/v4.sqlite")
        try Recording.openForWriting(dir + "/v4.sqlite").close()
        let new = try #require(try ReportInput.read([dir + "/v4.sqlite"]).runs.first)
        #expect(old.day.counted == patients.count)
        #expect(new.day.counted == old.day.counted && new.day.reneged == old.day.reneged)
        #expect(new.day.waits.pooled.map(\.counts) == old.day.waits.pooled.map(\.counts))
        #expect(new.day.faults.recovery.map(\.counts) == old.day.faults.recovery.map(\.counts))
        #expect(new.day.queue.mean(.desk) == old.day.queue.mean(.desk))
        #expect(new.day.queue.mean(.reader) == old.day.queue.mean(.reader))
        #expect(new.day.queue.unknownEnds == old.day.queue.unknownEnds)
    }
}
