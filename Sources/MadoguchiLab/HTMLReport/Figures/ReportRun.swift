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
        let rows = try Row.fetchCursor(db, sql: """
            SELECT replication, path, arrival, reader_start, desk_queue_entry, service_start, service_end,
                   fault_bits, recovery_start, recovery_end, outcome
            FROM patients WHERE run_id = ? ORDER BY replication
            """, arguments: [run.id])
        var current: Int?
        while let row = try rows.next() {
            let replication: Int = row[0]
            if let previous = current, previous != replication { day.endReplication() }
            current = replication
            guard let path = CredentialPath(rawValue: row[1]), let outcome = Outcome(rawValue: row[10]) else { continue }
            day.add(ReportPatient(path: path, arrival: row[2], readerStart: row[3], deskQueueEntry: row[4], serviceStart: row[5],
                                  serviceEnd: row[6], faults: FaultSet(rawValue: UInt16(truncatingIfNeeded: row[7] as Int)),
                                  recoveryStart: row[8], recoveryEnd: row[9], outcome: outcome))
        }
        if current != nil { day.endReplication() }
        self.day = day
    }

    /// "monday-rush, staff.desks=3" or the title: how the run is named beside others.
    var label: String {
        let overrides = run.overrides.split(separator: "\n").joined(separator: ", ")
        return overrides.isEmpty ? run.scenarioTitle : overrides
    }

    /// Seconds since midnight at opening, to print clock times; 0 when unknown.
    var opening: Double { scenario.map { $0.opening.secondsSinceMidnight } ?? 0 }
}
