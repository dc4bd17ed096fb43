import Foundation

/// A tmux server of its own (`tmux -L`), one window running an interactive `bash --norc`,
/// for driving the real binary as a person would.
final class TmuxSession {
    let socket: String
    let directory: URL

    static var available: Bool { Shell.run(["tmux", "-V"]).status == 0 }

    init(_ name: String, width: Int = 100, height: Int = 30) throws {
        socket = "madoguchi-e2e-\(name)-\(getpid())"
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        // The server tmux forks would hold captured pipes open for ever: no capture here.
        let started = Shell.run(["tmux", "-L", socket, "-f", "/dev/null", "new-session", "-d", "-x", "\(width)",
                                 "-y", "\(height)", "env", "PS1=$ ", "bash", "--norc", "--noprofile"], capture: false)
        guard started.status == 0 else { throw Failure("tmux new-session failed: \(started.output)") }
        tmux("set-option", "-g", "status", "off")
    }

    deinit {
        Shell.run(["tmux", "-L", socket, "kill-server"], capture: false)
        try? FileManager.default.removeItem(at: directory)
    }

    @discardableResult
    func tmux(_ arguments: String...) -> Shell.Result {
        Shell.run(["tmux", "-L", socket] + arguments)
    }

    /// Types a shell command line and presses Enter.
    func type(_ line: String) {
        tmux("send-keys", "-t", "0", "-l", line)
        tmux("send-keys", "-t", "0", "Enter")
    }

    /// Presses keys by tmux name ("q", "C-c", "Space", "+").
    func press(_ keys: String...) {
        for key in keys { tmux("send-keys", "-t", "0", key) }
    }

    func resize(width: Int, height: Int) {
        tmux("resize-window", "-t", "0", "-x", "\(width)", "-y", "\(height)")
    }

    /// The program in the foreground of the pane ("bash" once the desk has exited).
    var foreground: String {
        tmux("display-message", "-p", "-t", "0", "#{pane_current_command}").output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    var screen: String { tmux("capture-pane", "-p", "-t", "0").output }

    /// The screen with its colours and attributes, as SGR escape sequences.
    var colouredScreen: String { tmux("capture-pane", "-e", "-p", "-t", "0").output }

    /// Polls the screen until `predicate` holds; returns the screen, or throws with the last
    /// screen so a failure shows what was there instead.
    @discardableResult
    func wait(for what: String, timeout: Double = 10, _ predicate: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = screen
            if predicate(last) { return last }
            usleep(50_000)
        }
        throw Failure("timed out waiting for \(what); the screen was:\n\(last)")
    }

    @discardableResult
    func wait(forText text: String, timeout: Double = 10) throws -> String {
        try wait(for: "\"\(text)\"", timeout: timeout) { $0.contains(text) }
    }

    /// The pid of the program the shell in the pane is running.
    func childPID() throws -> Int32 {
        let shell = tmux("list-panes", "-t", "0", "-F", "#{pane_pid}").output.trimmingCharacters(in: .whitespacesAndNewlines)
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline {
            let child = Shell.run(["pgrep", "-P", shell]).output.split(separator: "\n").first
            if let child, let pid = Int32(child) { return pid }
            usleep(50_000)
        }
        throw Failure("no child of the shell \(shell)")
    }

    func file(_ name: String) -> String { directory.appendingPathComponent(name).path }

    func read(_ name: String) -> String {
        (try? String(contentsOfFile: file(name), encoding: .utf8)) ?? ""
    }
}

struct Failure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Runs a program with posix_spawn and waitpid: Foundation's Process on Linux can miss
/// the exit of a child whose own child (the tmux server) lives on.
enum Shell {
    struct Result {
        let status: Int32
        let output: String
        let error: String
    }

    static func run(_ arguments: [String], environment: [String: String]? = nil, capture: Bool = true) -> Result {
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var outPipe: [Int32] = [-1, -1], errPipe: [Int32] = [-1, -1]
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if capture {
            guard pipe(&outPipe) == 0, pipe(&errPipe) == 0 else { return Result(status: -1, output: "", error: "pipe") }
            posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
            posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
            for fd in outPipe + errPipe { posix_spawn_file_actions_addclose(&actions, fd) }
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }
        let argv = (["/usr/bin/env"] + arguments).map { strdup($0) } + [nil]
        let env = (environment ?? ProcessInfo.processInfo.environment).map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + env).forEach { free($0) } }
        // The test runner blocks or ignores signals the desk must receive; the tmux server
        // and everything under it would inherit that.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/usr/bin/env", &actions, &attributes, argv, env)
        var output = "", error = ""
        if capture {
            close(outPipe[1])
            close(errPipe[1])
            if spawned == 0 {
                // Small outputs only: read stderr after stdout is done.
                output = readAll(outPipe[0])
                error = readAll(errPipe[0])
            }
            close(outPipe[0])
            close(errPipe[0])
        }
        guard spawned == 0 else { return Result(status: -1, output: "", error: "posix_spawn failed: \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exited = status & 0x7f == 0
        return Result(status: exited ? (status >> 8) & 0xff : 128 + (status & 0x7f), output: output, error: error)
    }

    static func readAll(_ fd: Int32) -> String {
        var data = [UInt8]()
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(fd, &chunk, chunk.count)
            if count <= 0 { break }
            data += chunk[0..<count]
        }
        return String(decoding: data, as: UTF8.self)
    }
}
