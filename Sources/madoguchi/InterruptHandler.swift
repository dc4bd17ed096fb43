import Dispatch
import Foundation
import MadoguchiLab

/// Turns Ctrl-C (SIGINT) and SIGTERM into a stop request: replications under way finish and
/// are committed, no new one starts, and the run is marked interrupted. A second signal ends
/// the process at once; the recording still holds every committed replication.
final class InterruptHandler: @unchecked Sendable {
    let stop = StopFlag()
    private let lock = NSLock()
    private var received: Int32?
    private var sources: [DispatchSourceSignal] = []
    // Signal handlers run here, not on the workers' queues, so they are served while every
    // core is busy simulating.
    private let queue = DispatchQueue(label: "madoguchi.signals")

    init() {
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: queue)
            source.setEventHandler { [weak self] in self?.handle(signalNumber) }
            source.resume()
            sources.append(source)
        }
    }

    private func handle(_ signalNumber: Int32) {
        let first = lock.withLock { () -> Bool in
            defer { if received == nil { received = signalNumber } }
            return received == nil
        }
        if first { stop.stop() } else { _exit(128 + signalNumber) }
    }

    /// The conventional exit status for the signal received: 130 for SIGINT, 143 for SIGTERM.
    var exitCode: Int32 { 128 + (lock.withLock { received } ?? SIGINT) }

    deinit {
        for source in sources { source.cancel() }
    }
}
