import Foundation

/// Writes the report to OUT: whole or not at all (a temporary file beside it, renamed over
/// it), and never over a file that is not an earlier report, such as a recording given by
/// mistake as OUT.
package enum ReportFile {
    package static func write(_ html: String, to path: String) throws(ReportError) {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard !isDirectory.boolValue, isReport(path) else { throw .notAReport(path: path) }
        }
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        do {
            try Data(html.utf8).write(to: temporary, options: .withoutOverwriting)
            guard rename(temporary.path, path) == 0 else {
                throw NSError(domain: NSPOSIXErrorDomain, code: Int(errno),
                              userInfo: [NSLocalizedFailureReasonErrorKey: String(cString: strerror(errno))])
            }
        } catch {
            try? manager.removeItem(at: temporary)
            throw .unwritable(path: path, reason: (error as NSError).localizedFailureReason ?? error.localizedDescription)
        }
    }

    /// Whether the file begins like a page this program wrote.
    static func isReport(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = String(decoding: (try? handle.read(upToCount: 4096)) ?? Data(), as: UTF8.self)
        return head.hasPrefix("<!DOCTYPE html>") && head.contains("content=\"\(HTMLReport.generator) ")
    }
}
