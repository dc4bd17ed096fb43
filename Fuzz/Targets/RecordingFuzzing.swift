#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import MadoguchiLab

/// A recording file opened by `madoguchi export` and `madoguchi merge`: the input is
/// written to a scratch file, exported to CSV and merged into a new recording.
enum RecordingFuzzing {
    static let directory: String = {
        var template = Array("/tmp/madoguchi-fuzz-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { fatalError("cannot make a scratch directory in /tmp") }
        return String(cString: made)
    }()

    static func run(_ bytes: [UInt8]) {
        let input = directory + "/input.sqlite", csv = directory + "/csv", merged = directory + "/merged.sqlite"
        clean([input, merged], csv)
        defer { clean([input, merged], csv) }
        guard let file = fopen(input, "wb") else { fatalError("cannot write \(input)") }
        _ = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, file) }
        fclose(file)
        do {
            let recording = try Recording.openForReading(input)
            _ = try RecordingExport.csv(recording, to: csv)
        } catch {
            expectRefusal(error, naming: input)
        }
        do {
            _ = try RecordingMerge.merge(inputs: [input], into: merged)
        } catch RecordingError.nothingToMerge {
            return
        } catch {
            expectRefusal(error, naming: input)
        }
    }

    private static func expectRefusal(_ error: Error, naming path: String) {
        guard let error = error as? RecordingError else { return check(false, "not a RecordingError: \(error)") }
        let en = error.message(in: .en), ja = error.message(in: .ja)
        check(en.contains(path) && ja.contains(path), "message does not name \(path): \(en)")
    }

    private static func clean(_ files: [String], _ directory: String) {
        for file in files { for suffix in ["", "-wal", "-shm", "-journal"] { unlink(file + suffix) } }
        if let entries = opendir(directory) {
            while let entry = readdir(entries) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                if name != "." && name != ".." { unlink(directory + "/" + name) }
            }
            closedir(entries)
            rmdir(directory)
        }
    }
}
