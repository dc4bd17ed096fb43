import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
let closeDescriptor = Glibc.close
#else
import Darwin
let closeDescriptor = Darwin.close
#endif

/// A Madoguchi recording: one SQLite file in WAL mode holding runs, their replications'
/// summaries and every patient's record (docs/recording.md). Opening never alters a file
/// that is not a recording or has a newer schema, and a new file is created with mode 0600
/// (its -wal and -shm files inherit that mode from it).
package final class Recording: @unchecked Sendable {
    package let path: String
    let queue: DatabaseQueue
    /// Whether this opening made the file, so that a failed write can take it away again.
    let created: Bool

    private init(path: String, queue: DatabaseQueue, created: Bool = false) {
        self.path = path
        self.queue = queue
        self.created = created
    }

    package static var schemaVersion: Int { RecordingSchema.version }

    /// Creates a recording, or opens an existing one to append runs to it.
    package static func openForWriting(_ path: String) throws -> Recording {
        var created = false
        if let size = try existingSize(path) {
            if size > 0 { try checkIsRecording(path) }
            guard access(path, W_OK) == 0 else { throw RecordingError.unwritable(path: path, reason: String(cString: strerror(errno))) }
            // An empty file (made by mktemp, say) becomes a recording: owner only, as a new one.
            if size == 0 { chmod(path, 0o600) }
        } else {
            try createPrivateFile(path)
            created = true
        }
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration(readonly: false))
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA journal_mode = WAL")
                if try Int32.fetchOne(db, sql: "PRAGMA application_id") != RecordingSchema.applicationID {
                    try db.execute(sql: "PRAGMA application_id = \(RecordingSchema.applicationID)")
                }
            }
            try RecordingSchema.migrator.migrate(queue)
            try queue.write(RecordingSchema.nameCodes)
            return Recording(path: path, queue: queue, created: created)
        } catch {
            if created { removeFiles(path) }
            throw translate(error, path: path)
        }
    }

    /// Opens an existing recording for reading only; the file is not changed.
    package static func openForReading(_ path: String) throws -> Recording {
        guard let size = try existingSize(path) else { throw RecordingError.missing(path: path) }
        guard size > 0 else { throw RecordingError.notARecording(path: path) }
        try checkIsRecording(path)
        do {
            return Recording(path: path, queue: try DatabaseQueue(path: path, configuration: configuration(readonly: true)))
        } catch {
            throw translate(error, path: path)
        }
    }

    static func configuration(readonly: Bool) -> Configuration {
        var config = Configuration()
        config.readonly = readonly
        // Several shards may append to one file; let them take turns rather than fail.
        config.busyMode = .timeout(30)
        config.prepareDatabase { db in
            // In WAL mode a committed transaction survives the process being killed; NORMAL
            // only gives up durability against power loss, for much faster commits.
            if !db.configuration.readonly { try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        }
        return config
    }

    /// The size of the file at `path`, or nil when there is none.
    static func existingSize(_ path: String) throws -> Int? {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT { return nil }
            throw RecordingError.unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        if info.st_mode & S_IFMT == S_IFDIR { throw RecordingError.isDirectory(path: path) }
        return Int(info.st_size)
    }

    /// Refuses, before SQLite may touch it, a file that is not a Madoguchi recording or whose
    /// schema is newer than this program's.
    static func checkIsRecording(_ path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw RecordingError.unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        try? handle.close()
        guard header == Data("SQLite format 3\0".utf8) else { throw RecordingError.notARecording(path: path) }
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration(readonly: true))
            try queue.read { db in
                guard try Int32.fetchOne(db, sql: "PRAGMA application_id") == RecordingSchema.applicationID else {
                    throw RecordingError.notARecording(path: path)
                }
                let found = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'schema_version'").flatMap { Int($0) } ?? 0
                if try found > RecordingSchema.version || RecordingSchema.migrator.hasBeenSuperseded(db) {
                    throw RecordingError.newerSchema(path: path, found: max(found, RecordingSchema.version + 1),
                                                     supported: RecordingSchema.version)
                }
            }
            try queue.close()
        } catch let error as RecordingError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CORRUPT {
            throw RecordingError.damaged(path: path)
        } catch {
            throw RecordingError.notARecording(path: path)
        }
    }

    /// Creates the file with owner-only permissions whatever the umask; fails rather than
    /// replace a file that appeared in the meantime.
    static func createPrivateFile(_ path: String) throws {
        let fd = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            let code = errno
            if code == ENOSPC || code == EDQUOT { throw RecordingError.full(path: path) }
            throw RecordingError.unwritable(path: path, reason: String(cString: strerror(code)))
        }
        fchmod(fd, 0o600)
        _ = closeDescriptor(fd)
    }

    static func translate(_ error: Error, path: String) -> Error {
        guard let error = error as? DatabaseError else { return error }
        switch error.resultCode {
        case .SQLITE_FULL: return RecordingError.full(path: path)
        case .SQLITE_NOTADB: return RecordingError.notARecording(path: path)
        case .SQLITE_CORRUPT: return RecordingError.damaged(path: path)
        case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_IOERR, .SQLITE_PERM:
            return RecordingError.unwritable(path: path, reason: error.message ?? "\(error.resultCode)")
        default: return error
        }
    }

    /// Runs `body` in one write transaction, turning SQLite's errors into RecordingError.
    /// SQLite's own check of the file: "ok" when it is sound.
    package func integrityCheck() throws -> String {
        try read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "" }
    }

    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try queue.write(body) } catch { throw Self.translate(error, path: path) }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try queue.read(body) } catch { throw Self.fileFault(error, path: path) ?? Self.translate(error, path: path) }
    }

    /// An error met reading a file that passed `checkIsRecording`, when it is the file's
    /// fault: damage SQLite detects, or a query this program always asks failing (no such
    /// column, a value missing or of the wrong type) because the file's schema or values
    /// were altered.
    /// Nil for the machine's errors (a full disk, a file that cannot be opened).
    static func fileFault(_ error: Error, path: String) -> RecordingError? {
        if error is RowDecodingError || error is DecodingError { return .damaged(path: path) }
        guard let error = error as? DatabaseError else { return nil }
        switch error.resultCode {
        case .SQLITE_NOTADB: return .notARecording(path: path)
        case .SQLITE_CORRUPT, .SQLITE_ERROR, .SQLITE_MISMATCH, .SQLITE_RANGE, .SQLITE_TOOBIG, .SQLITE_FORMAT: return .damaged(path: path)
        default: return nil
        }
    }

    /// Closes the file; later use fails.
    package func close() throws { try queue.close() }

    /// Takes back what a failed write added, in one transaction: the runs with their
    /// replications and patients (`patient_rows` has no foreign key, for speed), or the whole
    /// file if this opening created it. The file is closed afterwards.
    func discard(runs: [Int64]) {
        if created {
            try? close()
            Self.removeFiles(path)
            return
        }
        try? write { db in
            for run in runs {
                try db.execute(sql: "DELETE FROM patient_rows WHERE run_id = ?", arguments: [run])
                try db.execute(sql: "DELETE FROM replications WHERE run_id = ?", arguments: [run])
                try db.execute(sql: "DELETE FROM runs WHERE id = ?", arguments: [run])
            }
        }
        try? close()
    }

    private static func removeFiles(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
    }
}
