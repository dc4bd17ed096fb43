import Foundation
import MadoguchiClinic

/// "123/1000 replications, 850/s, 1 s left" on standard error, rewritten in place with \r
/// at most ten times a second and cleared at the end. Only for a terminal: the command line
/// passes `enabled: false` when stderr is not a TTY or with --quiet, and then nothing is
/// ever written.
package final class ProgressMeter: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int
    private let language: Language
    private let write: @Sendable (String) -> Void
    private let started = DispatchTime.now().uptimeNanoseconds
    private var done = 0
    private var lastShown: UInt64 = 0
    private var shownWidth = 0
    package let enabled: Bool

    package init(total: Int, language: Language, enabled: Bool,
                write: @escaping @Sendable (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) }) {
        self.total = total
        self.language = language
        self.enabled = enabled
        self.write = write
    }

    /// Whether standard error is a terminal.
    package static var standardErrorIsTerminal: Bool { isatty(2) == 1 }

    /// One more replication finished.
    package func advance() {
        guard enabled else { return }
        lock.withLock {
            done += 1
            let now = DispatchTime.now().uptimeNanoseconds
            guard now - lastShown >= 100_000_000 || done == total else { return }
            lastShown = now
            let line = Self.line(done: done, total: total, seconds: Double(now - started) / 1e9, language: language)
            let padding = String(repeating: " ", count: max(0, shownWidth - line.count))
            shownWidth = line.count
            write("\r" + line + padding)
        }
    }

    /// Removes the line, leaving the terminal as it was.
    package func finish() {
        guard enabled else { return }
        lock.withLock {
            if shownWidth > 0 { write("\r" + String(repeating: " ", count: shownWidth) + "\r") }
            shownWidth = 0
        }
    }

    package static func line(done: Int, total: Int, seconds: Double, language: Language) -> String {
        let rate = seconds > 0 ? Double(done) / seconds : 0
        let left = rate > 0 ? Int((Double(total - done) / rate).rounded(.up)) : 0
        let rateText = rate >= 10 ? String(Int(rate.rounded())) : String(format: "%.1f", rate)
        return language == .ja
            ? "\(done)/\(total) 反復、毎秒 \(rateText)、残り \(left) 秒"
            : "\(done)/\(total) replications, \(rateText)/s, \(left) s left"
    }
}
