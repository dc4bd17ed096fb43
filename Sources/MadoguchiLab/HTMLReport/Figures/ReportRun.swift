import GRDB
import MadoguchiClinic

/// One lab run of a recording, read for the report: what was run, the replications'
/// summaries, and the day's figures folded from every patient record.
struct ReportRun {
    let file: String
    let run: RecordedRun
    let scenario: Scenario?
    let replications: ReplicationColumns
    let day: DayFigures

    init(file: String, run: RecordedRun, _ db: Database) throws {
        self.file = file
        self.run = run
        scenario = RecordedScenario.load(text: run.scenarioText, origin: run.scenarioOrigin, overrides: run.overrides)
        replications = try ReplicationColumns(db, run: run.id)
        let end = replications.values["closed_at"]?.max() ?? 0
        var day = DayFigures(end: end, warmup: scenario?.warmup ?? 0)
        // The compact table where there is one (schema 2 on): the `patients` view spells out
        // every code and time, which costs more than the rest of the report together.
        let compact = try db.tableExists("patient_rows")
        // The wait, kept since schema 5, places a patient who gave up queueing; NULL before.
        let keepsWait = try compact && db.columns(in: "patient_rows").contains { $0.name == "wait_ms" }
        let wait = keepsWait ? "wait_ms" : "NULL"
        let rows = try Row.fetchCursor(db, sql: compact ? """
            SELECT replication, path, arrival_ms, reader_start_ms, desk_queue_entry_ms, service_start_ms, service_end_ms,
                   fault_bits, recovery_start_ms, recovery_end_ms, outcome, \(wait)
            FROM patient_rows WHERE run_id = ? ORDER BY replication
            """ : """
            SELECT replication, path, arrival, reader_start, desk_queue_entry, service_start, service_end,
                   fault_bits, recovery_start, recovery_end, outcome, NULL
            FROM patients WHERE run_id = ? ORDER BY replication
            """, arguments: [run.id])
        // Divided, as the view divides, so both give the same doubles.
        let perSecond = compact ? 1000.0 : 1
        func time(_ value: Double?) -> Double? { value.map { $0 / perSecond } }
        var current: Int?
        while let row = try rows.next() {
            let replication: Int = try row.decode(atIndex: 0)
            if let previous = current, previous != replication { day.endReplication() }
            current = replication
            let path = compact ? try row.decode(Int64?.self, atIndex: 1).flatMap(PatientCode.path(code:)) : try row.decode(String?.self, atIndex: 1).flatMap(CredentialPath.init)
            let outcome = compact ? try row.decode(Int64?.self, atIndex: 10).flatMap(PatientCode.outcome(code:)) : try row.decode(String?.self, atIndex: 10).flatMap(Outcome.init)
            guard let path, let outcome else { continue }
            func seconds(at index: Int) throws -> Double? { time(try row.decode(Double?.self, atIndex: index)) }
            day.add(ReportPatient(path: path, arrival: try seconds(at: 2) ?? 0, readerStart: try seconds(at: 3), deskQueueEntry: try seconds(at: 4),
                                  serviceStart: try seconds(at: 5), serviceEnd: try seconds(at: 6),
                                  faults: FaultSet(rawValue: UInt16(truncatingIfNeeded: try row.decode(Int.self, atIndex: 7))),
                                  recoveryStart: try seconds(at: 8), recoveryEnd: try seconds(at: 9), outcome: outcome,
                                  wait: try seconds(at: 11)))
        }
        if current != nil { day.endReplication() }
        self.day = day
    }

    /// Seconds since midnight at opening, to print clock times; 0 when unknown.
    var opening: Double { scenario.map { $0.opening.secondsSinceMidnight } ?? 0 }
}
