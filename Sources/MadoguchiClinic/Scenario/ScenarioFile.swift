import Foundation

/// Reading a scenario file from disk, with an error for each way that can go wrong.
enum ScenarioFile {
    static func read(_ path: String, builtinNames: [String] = BuiltinScenarios.names) throws(ScenarioError) -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ScenarioError(origin: path, problem: .fileNotFound(builtinNames: builtinNames))
        }
        guard !isDirectory.boolValue else { throw ScenarioError(origin: path, problem: .isDirectory) }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let reason = (error as NSError).localizedFailureReason ?? error.localizedDescription
            throw ScenarioError(origin: path, problem: .unreadable(reason: reason))
        }
    }

    /// Strict UTF-8: a bad byte is reported with its offset rather than replaced.
    static func text(of bytes: some Collection<UInt8>, origin: String) throws(ScenarioError) -> String {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0, line = 1, column = 1
        var scalars = String.UnicodeScalarView()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                scalars.append(scalar)
                offset += UTF8.width(scalar)
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput:
                return String(scalars)
            case .error:
                throw ScenarioError(origin: origin, line: line, column: column, problem: .notUTF8(byteOffset: offset))
            }
        }
    }
}
