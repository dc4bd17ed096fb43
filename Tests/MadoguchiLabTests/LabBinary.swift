import Foundation
import MadoguchiTestSupport

/// The built `madoguchi` binary beside the test bundle, started as a real child process so
/// that tests can signal it.
enum LabBinary {
    static var url: URL { MadoguchiBinary.url }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Starts the binary with its output going to files in `directory`.
    static func start(_ arguments: [String], in directory: String) throws -> Process {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C"
        environment["LC_ALL"] = nil
        environment["LC_MESSAGES"] = nil
        process.environment = environment
        for name in ["stdout", "stderr"] { FileManager.default.createFile(atPath: directory + "/" + name, contents: nil) }
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: directory + "/stdout"))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: directory + "/stderr"))
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }

    static func run(_ arguments: [String], in directory: String) throws -> Result {
        let process = try start(arguments, in: directory)
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: (try? String(contentsOfFile: directory + "/stdout", encoding: .utf8)) ?? "",
                      stderr: (try? String(contentsOfFile: directory + "/stderr", encoding: .utf8)) ?? "")
    }
}
