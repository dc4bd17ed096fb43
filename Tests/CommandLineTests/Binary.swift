import Foundation
import MadoguchiTestSupport

/// Runs the built `madoguchi` binary, which sits beside the test bundle in the products folder.
enum Binary {
    static var url: URL { MadoguchiBinary.url }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], environment: [String: String]? = nil, stdin: FileHandle? = nil) throws -> Result {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        if let environment { process.environment = environment }
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
        process.standardInput = stdin ?? FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let outData = try Data(contentsOf: outURL), errData = try Data(contentsOf: errURL)
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}
