import Foundation
import GRDB
import MadoguchiClinic

/// Everything the report shows, read from recordings: their lab runs and their desk and
/// training sessions, in file order. Files are opened read-only and never changed; one that
/// is not a recording, has a newer schema or is damaged stops the report before anything is
/// written.
package struct ReportInput {
    package let files: [String]
    let runs: [ReportRun]
    let sessions: [ReportSession]

    package static func read(_ paths: [String]) throws -> ReportInput {
        var runs: [ReportRun] = [], sessions: [ReportSession] = []
        for path in paths {
            let recording = try Recording.openForReading(path)
            defer { try? recording.close() }
            let recorded = try recording.runs()
            try recording.read { db in
                // A truncated or otherwise damaged file may still answer the first queries;
                // SQLite's own check finds it before any figure is taken from it.
                guard try String.fetchOne(db, sql: "PRAGMA quick_check") == "ok" else {
                    throw RecordingError.damaged(path: path)
                }
                for run in recorded { runs.append(try ReportRun(file: path, run: run, db)) }
            }
            for session in try recording.sessions() {
                let events: [TimedClinicEvent]
                // An event this version cannot read was not written as it writes them.
                do { events = try recording.events(ofSession: session.id).map(\.event) } catch is DecodingError {
                    throw RecordingError.damaged(path: path)
                }
                sessions.append(ReportSession(file: path, session: session, events: events))
            }
        }
        return ReportInput(files: paths, runs: runs, sessions: sessions)
    }
}
