import Foundation

/// The life of a recorded run. A run killed outright (kill -9, power loss) keeps `running`;
/// readers call it interrupted once its process is gone (`effective`).
package enum RunStatus: String, Sendable, CaseIterable {
    case running
    case completed
    case interrupted

    /// `running` whose process no longer exists on this host reads as `interrupted`. A run
    /// from another host cannot be checked and stays `running`.
    package static func effective(stored: String, pid: Int?, host: String?) -> String {
        guard stored == RunStatus.running.rawValue, let pid, host == ProcessInfo.processInfo.hostName else { return stored }
        if pid == Int(getpid()) { return stored }
        let gone = kill(pid_t(pid), 0) != 0 ? errno == ESRCH : isZombie(pid)
        return gone ? RunStatus.interrupted.rawValue : stored
    }

    /// A killed process lingers as a zombie until its parent collects it; it runs no more.
    static func isZombie(_ pid: Int) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let end = stat.lastIndex(of: ")") else { return false }
        return stat[stat.index(after: end)...].trimmingCharacters(in: .whitespaces).hasPrefix("Z")
    }
}
