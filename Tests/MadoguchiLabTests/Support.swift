import Foundation

/// Texts collected from a @Sendable callback.
final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []
    func add(_ text: String) { lock.withLock { stored.append(text) } }
    var texts: [String] { lock.withLock { stored } }
}

/// A fresh directory under the system's temporary directory.
func temporaryDirectory(_ name: String = #function) -> String {
    let base = NSTemporaryDirectory() + "madoguchi-lab-tests-\(getpid())-\(name.filter { $0.isLetter })-\(UUID().uuidString.prefix(8))"
    try! FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
    return base
}

/// The fuzzer's recording whose first pages are sound but whose patients are damaged, so that
/// SQLite finds the damage only when it reads them (Fuzz/Regressions/recording).
let damagedRecording = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fuzz/Regressions/recording/damaged-pages-found-only-while-merging").path
