import Foundation

/// The `madoguchi` built next to the test bundle, whichever scratch path built it: the
/// suites that run the real program as a child process all find it here.
package enum MadoguchiBinary {
    package static var url: URL {
        let me = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var directory = me.deletingLastPathComponent()
        if directory.pathExtension == "xctest" { directory = directory.deletingLastPathComponent() }
        return directory.appendingPathComponent("madoguchi")
    }

    package static var exists: Bool { FileManager.default.isExecutableFile(atPath: url.path) }

    package struct Result: Sendable {
        /// The exit status; for a process killed by a signal, the signal's number.
        package var status: Int32
        /// The signal that killed the process (a trap is SIGILL or SIGTRAP), if one did.
        package var signal: Int32?
        package var stdout: String
        package var stderr: String
    }

    /// Runs the program (or another copy of it, such as an installed one) to its end, in
    /// `directory` if given, with standard input empty.
    package static func run(_ arguments: [String], environment: [String: String]? = nil,
                           in directory: String? = nil, executable: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executable.map { URL(fileURLWithPath: $0) } ?? url
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        // Files rather than pipes: a large output can never block the child.
        let dir = FileManager.default.temporaryDirectory
        let outURL = dir.appendingPathComponent("madoguchi-out-\(UUID().uuidString)")
        let errURL = dir.appendingPathComponent("madoguchi-err-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let outData = try Data(contentsOf: outURL), errData = try Data(contentsOf: errURL)
        return Result(status: process.terminationStatus,
                      signal: process.terminationReason == .uncaughtSignal ? process.terminationStatus : nil,
                      stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }
}
