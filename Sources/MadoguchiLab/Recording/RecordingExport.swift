import Foundation
import GRDB

/// `madoguchi export FILE --csv DIR`: runs.csv, replications.csv and patients.csv, with a
/// header row, every column of the tables (docs/recording.md), NULL as an empty field and
/// runs' `status` as readers should see it (`running` of a vanished process reads
/// `interrupted`). Existing files are never replaced, and a failed export leaves none behind.
package enum RecordingExport {
    package static let files = ["runs", "replications", "patients"]

    /// Writes the three files and returns their paths.
    @discardableResult
    package static func csv(_ recording: Recording, to directory: String) throws -> [String] {
        let paths = files.map { (directory as NSString).appendingPathComponent($0 + ".csv") }
        for path in paths where FileManager.default.fileExists(atPath: path) {
            throw RecordingError.exportTargetExists(path: path)
        }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw RecordingError.unwritable(path: directory, reason: error.localizedDescription)
        }
        let statuses = Dictionary(uniqueKeysWithValues: try recording.runs().map { ($0.id, $0.status) })
        // None of the files existed: an export that fails (a full disk, damage met while
        // reading) removes those it began, so no half-written CSV passes for a whole one.
        var begun: [String] = []
        do {
            for (table, path) in zip(files, paths) {
                begun.append(path)
                try export(table, of: recording, to: path, statuses: statuses)
            }
        } catch {
            for path in begun { unlink(path) }
            throw error
        }
        return paths
    }

    /// One table, every column, in its natural order.
    static func export(_ table: String, of recording: Recording, to path: String, statuses: [Int64: String]) throws {
        let order = table == "runs" ? "id" : table == "replications" ? "run_id, replication" : "run_id, replication, patient_id"
        try write(path) { out in
            try recording.read { db in
                let cursor = try Row.fetchCursor(db, sql: "SELECT * FROM \(table) ORDER BY \(order)")
                var first = true
                while let row = try cursor.next() {
                    if first {
                        try out.append(row.columnNames.map(CSV.field).joined(separator: ",") + "\n")
                        first = false
                    }
                    var fields: [String] = []
                    fields.reserveCapacity(row.count)
                    for (column, value) in row {
                        if table == "runs", column == "status", let id = try row.decode(Int64?.self, forColumn: "id"), let status = statuses[id] {
                            fields.append(status)
                        } else {
                            fields.append(CSV.field(value))
                        }
                    }
                    try out.append(fields.joined(separator: ",") + "\n")
                }
                if first { try out.append(try header(db, table) + "\n") }
            }
        }
    }

    static func header(_ db: Database, _ table: String) throws -> String {
        try db.columns(in: table).map(\.name).joined(separator: ",")
    }

    /// Writes through a buffer flushed every megabyte.
    static func write(_ path: String, _ body: (CSVBuffer) throws -> Void) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            throw RecordingError.unwritable(path: path, reason: String(cString: strerror(errno)))
        }
        defer { try? handle.close() }
        let buffer = CSVBuffer(handle: handle, path: path)
        try body(buffer)
        try buffer.flush()
    }
}

final class CSVBuffer {
    let handle: FileHandle
    let path: String
    var bytes: [UInt8] = []

    init(handle: FileHandle, path: String) {
        self.handle = handle
        self.path = path
        bytes.reserveCapacity(1 << 20)
    }

    func append(_ line: String) throws {
        bytes.append(contentsOf: line.utf8)
        if bytes.count >= 1 << 20 { try flush() }
    }

    func flush() throws {
        guard !bytes.isEmpty else { return }
        do { try handle.write(contentsOf: bytes) } catch {
            throw RecordingError.unwritable(path: path, reason: error.localizedDescription)
        }
        bytes.removeAll(keepingCapacity: true)
    }
}

/// RFC 4180 fields.
package enum CSV {
    package static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func field(_ value: DatabaseValue) -> String {
        switch value.storage {
        case .null: return ""
        case .int64(let i): return String(i)
        case .double(let d): return String(d)
        case .string(let s): return field(s)
        case .blob(let data): return data.base64EncodedString()
        }
    }
}
