import Foundation
import Testing

/// Nothing outside this package uses its modules, so they declare `package` (SE-0386, issue
/// 13). The engine keeps `public` only where other modules must specialise its code: swiftc
/// 6.3 serialises the bodies of `@inlinable public` declarations into a non-resilient module
/// but not those of `@inlinable package` ones, and without them M/M/3 runs at a seventh of its
/// speed. So in MadoguchiSim a `public` declaration is `@inlinable`, a type that holds such
/// members, or a stored property of one; anywhere else it is a mistake.
@Suite struct AccessLevelTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources")

    static func swiftFiles() throws -> [(module: String, path: String, lines: [Substring])] {
        let enumerator = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        return try enumerator.compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }.map { url in
            let relative = String(url.path.dropFirst(sources.path.count + 1))
            let module = String(relative.prefix { $0 != "/" })
            return (module, relative, try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false))
        }
    }

    @Test func onlyTheEnginesInlinableInterfaceIsPublic() throws {
        // A line that declares something public, after any attributes and modifiers.
        let publicDeclaration = try Regex(#"^\s*(@\w+(\([^)]*\))?\s+)*((static|final|mutating|override|nonisolated|indirect)\s+)*public\s"#)
        let allowedInTheEngine = try Regex(#"@inlinable|public (struct|enum|protocol|extension|final class) |public (static )?(let|var) [^{]*$"#)
        let files = try Self.swiftFiles()
        #expect(files.count > 300, "the scan found the sources")
        var enginePublic = 0
        for file in files {
            for (index, line) in file.lines.enumerated() where line.contains(publicDeclaration) {
                if file.module == "MadoguchiSim" && line.contains(allowedInTheEngine) {
                    enginePublic += 1
                } else {
                    Issue.record("\(file.path):\(index + 1) declares public: \(line.trimmingCharacters(in: .whitespaces))")
                }
            }
        }
        #expect(enginePublic > 20, "the engine's inlinable interface stays public")
    }
}
