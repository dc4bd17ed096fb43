import Foundation
import Testing
import MadoguchiFuzzTargets

/// Replays Fuzz/Regressions/<target>/: every input a fuzzer crashed on (Fuzz/run.sh writes
/// them there), and the hand-found ones of issue 10. A regression traps the test process.
@Suite struct FuzzRegressionTests {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz/Regressions")

    static func inputs(_ target: FuzzTarget) -> [URL] {
        let folder = directory.appendingPathComponent(target.rawValue)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { folder.appendingPathComponent($0) }
    }

    @Test(arguments: FuzzTarget.allCases)
    func everyInputIsReadOrRefused(_ target: FuzzTarget) throws {
        let inputs = Self.inputs(target)
        #expect(!inputs.isEmpty, "Fuzz/Regressions/\(target.rawValue) holds no input")
        for input in inputs {
            target.run(Array(try Data(contentsOf: input)))
        }
    }
}
