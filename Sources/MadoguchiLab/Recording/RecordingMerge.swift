import Foundation
import GRDB
import MadoguchiClinic

/// Joins recordings, typically the shards of one experiment run on several machines. Runs
/// of the same scenario hash, seed, replication count and program version become one
/// completed run in the output, whose replications and patients are exactly those of the
/// unsharded run. Runs not completed are left out (and named); a group that then lacks a
/// replication, or holds one twice, is refused before anything is written.
package enum RecordingMerge {
    package struct Report: Sendable {
        /// The merged runs' ids in the output, with how many source runs each joined.
        package var merged: [(runID: Int64, sources: Int, replications: Int)]
        /// Source runs left out, e.g. "b.sqlite run 2 (shard 2/4): interrupted".
        package var skipped: [String]
    }

    struct Source {
        let path: String
        let run: RecordedRun
        let replications: [Int]
    }

    struct Key: Hashable {
        let hash: String
        let seed: String
        let replications: Int
        let version: String
    }

    package static func merge(inputs: [String], into output: String) throws -> Report {
        let outputReal = realPath(output)
        var groups: [Key: [Source]] = [:]
        var order: [Key] = []
        var skipped: [String] = []
        for path in inputs {
            if let outputReal, realPath(path) == outputReal {
                throw RecordingError.mergeMismatch(path: path, reason: Bilingual(en: "it is also the output file", ja: "出力ファイルと同じです"))
            }
            let recording = try Recording.openForReading(path)
            for run in try recording.runs() {
                guard run.status == RunStatus.completed.rawValue else {
                    skipped.append("\(path) run \(run.id)\(run.shardText): \(run.status)")
                    continue
                }
                let key = Key(hash: run.scenarioHash, seed: run.seed, replications: run.replications, version: run.programVersion)
                if groups[key] == nil { order.append(key) }
                groups[key, default: []].append(Source(path: path, run: run, replications: try recording.committedReplications(run: run.id)))
            }
            try recording.close()
        }
        guard !order.isEmpty else { throw RecordingError.nothingToMerge(leftOut: skipped) }
        for key in order { try checkCoverage(groups[key]!, total: key.replications) }

        // One merge is all or nothing: if a source turns out damaged halfway, the output is
        // left as it was, without the runs this merge began (or gone, if the merge made it).
        let recording = try Recording.openForWriting(output)
        var merged: [(Int64, Int, Int)] = []
        var begun: [Int64] = []
        do {
            for key in order {
                let sources = groups[key]!
                merged.append((try copy(sources, into: recording, begun: &begun), sources.count, key.replications))
            }
        } catch {
            recording.discard(runs: begun)
            throw error
        }
        try recording.close()
        return Report(merged: merged, skipped: skipped)
    }

    static func checkCoverage(_ sources: [Source], total: Int) throws {
        var owner = [String?](repeating: nil, count: total)
        for source in sources {
            for r in source.replications {
                let here = "\(source.path) run \(source.run.id)"
                guard r < total else {
                    throw RecordingError.mergeMismatch(path: source.path, reason: Bilingual(
                        en: "replication \(r) lies outside the run's \(total)", ja: "反復 \(r) が実行の反復数 \(total) の範囲外です"))
                }
                if let other = owner[r] {
                    throw RecordingError.mergeMismatch(path: source.path, reason: Bilingual(
                        en: "replication \(r) is in both \(other) and \(here)", ja: "反復 \(r) が \(other) と \(here) の両方にあります"))
                }
                owner[r] = here
            }
        }
        let missing = owner.indices.filter { owner[$0] == nil }
        if !missing.isEmpty {
            let list = missing.prefix(10).map(String.init).joined(separator: ", ") + (missing.count > 10 ? ", …" : "")
            let run = sources[0].run
            throw RecordingError.mergeMismatch(path: sources[0].path, reason: Bilingual(
                en: "\(run.scenarioOrigin) with seed \(run.seed) lacks \(missing.count) of its \(total) replications (\(list)); merge every shard's completed recording",
                ja: "\(run.scenarioOrigin)(シード \(run.seed))の反復 \(total) 回のうち \(missing.count) 回がありません(\(list))。すべてのシャードの完了した記録を結合してください"))
        }
    }

    /// Reads a source's patients through `patients`, whose columns every schema version
    /// shares (a table in v1, a view since v2), into the codes and milliseconds of
    /// `patient_rows`; `?` is the new run's id. The wait, kept since v5, is NULL from an
    /// older source.
    static func patientCopySQL(withWait: Bool) -> String {
        func codes<T>(_ column: String, _ cases: [T], _ name: (T) -> String, _ code: (T) -> Int64) -> String {
            "CASE \(column) " + cases.map { "WHEN '\(name($0))' THEN \(code($0))" }.joined(separator: " ") + " END"
        }
        func ms(_ column: String) -> String { "CAST(round(\(column) * 1000) AS INTEGER)" }
        let values = [
            "?", "replication", "patient_id",
            codes("path", CredentialPath.allCases, \.rawValue, PatientCode.path),
            codes("visit", VisitType.allCases, \.rawValue, PatientCode.visit),
            codes("method", AuthMethod.allCases, \.rawValue, PatientCode.method),
            ms("arrival"), ms("reader_start"), ms("reader_end"), ms("desk_queue_entry"), ms("service_start"), ms("service_end"),
            "fault_bits", ms("recovery_start"), ms("recovery_end"),
            codes("outcome", Outcome.allCases, \.rawValue, PatientCode.outcome),
            "decision_errors", withWait ? ms("wait") : "NULL",
        ]
        return """
            INSERT INTO main.patient_rows (run_id, replication, patient_id, path, visit, method, arrival_ms,
                reader_start_ms, reader_end_ms, desk_queue_entry_ms, service_start_ms, service_end_ms,
                fault_bits, recovery_start_ms, recovery_end_ms, outcome, decision_errors, wait_ms)
            SELECT \(values.joined(separator: ", "))
            FROM source.patients WHERE run_id = ? ORDER BY replication, patient_id
            """
    }

    /// Adds one run holding every source's replications and patients; the source files are
    /// attached one at a time and only read. The run's id goes into `begun` as soon as it exists.
    static func copy(_ sources: [Source], into recording: Recording, begun: inout [Int64]) throws -> Int64 {
        let first = sources[0].run
        let mergedFrom = sources.map { "\($0.path) run \($0.run.id)\($0.run.shardText)" }.joined(separator: "\n")
        let runID: Int64 = try recording.write { db in
            try db.execute(sql: """
                INSERT INTO runs (started_at, status, scenario_origin, scenario_title, scenario_text, overrides,
                    scenario_hash, program_version, seed, replications, threads, pid, host, merged_from)
                VALUES (?, 'running', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [sources.map(\.run.startedAt).min(), first.scenarioOrigin, first.scenarioTitle, first.scenarioText,
                                 first.overrides, first.scenarioHash, first.programVersion, first.seed, first.replications,
                                 sources.map(\.run.threads).max(), Int(getpid()), ProcessInfo.processInfo.hostName, mergedFrom])
            return db.lastInsertedRowID
        }
        begun.append(runID)
        let summaryColumns = ["replication"] + ReplicationRow.columns
        do {
            for source in sources {
                do {
                    try copy(source, as: runID, columns: summaryColumns, into: recording)
                } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                    // Every value is recoded on the way in (a path's name to its code, seconds
                    // to milliseconds); one the output refuses was not written by madoguchi.
                    let found = error.message ?? "\(error.resultCode)"
                    throw RecordingError.mergeMismatch(path: source.path, reason: Bilingual(
                        en: "it holds a value no recording holds (\(found)); it was left untouched. Merge recordings as madoguchi wrote them",
                        ja: "記録ファイルにはありえない値があります(\(found))。ファイルには触れていません。madoguchi が書いたままの記録ファイルを結合してください"))
                } catch {
                    // The output was checked when it was opened and only this program writes
                    // it: damage met while copying is the source's (opening reads only its
                    // first pages and its schema version).
                    throw Recording.fileFault(error, path: source.path) ?? error
                }
            }
            try recording.write { db in
                try db.execute(sql: "UPDATE runs SET status = 'completed', finished_at = ?, pid = NULL, host = NULL WHERE id = ?",
                               arguments: [sources.compactMap(\.run.finishedAt).max(), runID])
            }
        } catch {
            throw Recording.translate(error, path: recording.path)
        }
        return runID
    }

    /// One source's replications and patients, attached, copied in one transaction, detached.
    static func copy(_ source: Source, as runID: Int64, columns summaryColumns: [String], into recording: Recording) throws {
        try recording.queue.writeWithoutTransaction { db in
            try db.execute(sql: "ATTACH DATABASE ? AS source", arguments: [source.path])
            defer { try? db.execute(sql: "DETACH DATABASE source") }
            // A column newer than the source's schema takes its default: 0 for a count
            // (outcome_sent_away before v3), NULL for a figure not kept (v5's).
            let present = Set(try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info('replications', 'source')"))
            let selected = summaryColumns.filter(present.contains).joined(separator: ", ")
            let withWait = try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info('patients', 'source')").contains("wait")
            try db.inTransaction {
                try db.execute(sql: "INSERT INTO main.replications (run_id, \(selected)) SELECT ?, \(selected) FROM source.replications WHERE run_id = ?",
                               arguments: [runID, source.run.id])
                try db.execute(sql: patientCopySQL(withWait: withWait), arguments: [runID, source.run.id])
                return .commit
            }
        }
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
