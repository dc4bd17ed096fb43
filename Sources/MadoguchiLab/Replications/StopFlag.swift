import Foundation

/// Asks running replications to stop after the one under way (Ctrl-C, SIGTERM, a failed
/// write). Checked once per replication, so a lock costs nothing worth measuring.
package final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var stopped = false

    package init() {}

    package func stop() { lock.withLock { stopped = true } }
    package var isStopped: Bool { lock.withLock { stopped } }
}
