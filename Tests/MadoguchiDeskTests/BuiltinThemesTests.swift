#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import MadoguchiDesk

/// Themes/*.toml is the source; Sources/MadoguchiDesk/Theme/BuiltinThemes.swift embeds them
/// so an installed binary needs no files. These tests keep the two from drifting, and
/// rewrite the Swift file when MADOGUCHI_REGENERATE=1.
@Suite(.serialized) struct BuiltinThemesTests {
    static let packageRoot: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }()
    static let generatedPath = packageRoot + "/Sources/MadoguchiDesk/Theme/BuiltinThemes.swift"

    private static func read(_ path: String) throws -> String {
        let file = try #require(fopen(path, "rb"), "cannot open \(path)")
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while case let count = fread(&chunk, 1, chunk.count, file), count > 0 {
            bytes += chunk[0..<count]
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func themeFiles() throws -> [String: String] {
        var sources: [String: String] = [:]
        for name in Theme.builtinNames {
            sources[name] = try read("\(packageRoot)/Themes/\(name).toml")
        }
        return sources
    }

    /// The Swift file holding `sources`, each a raw multi-line literal with enough `#` that
    /// nothing in the TOML can end it early or form an escape.
    static func generate(_ sources: [String: String]) -> String {
        var lines = [
            "// Generated from Themes/*.toml by Tests/MadoguchiDeskTests/BuiltinThemesTests.swift.",
            "// Edit the .toml files, then run: MADOGUCHI_REGENERATE=1 swift test --filter BuiltinThemesTests",
            "",
            "/// The built-in themes' TOML texts, so they load from any directory and an installed binary.",
            "enum BuiltinThemes {",
            "    static let sources: [String: String] = [",
        ]
        for name in Theme.builtinNames {
            let source = sources[name] ?? ""
            var hashes = "#"
            while source.contains("\"" + hashes) || source.contains("\\" + hashes) { hashes += "#" }
            lines.append("        \"\(name)\": \(hashes)\"\"\"")
            for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
                lines.append(line.isEmpty ? "" : "        " + line)
            }
            lines.append("        \"\"\"\(hashes),")
        }
        lines += ["    ]", "}", ""]
        return lines.joined(separator: "\n")
    }

    @Test func embeddedThemesEqualTheFiles() throws {
        let files = try Self.themeFiles()
        let expected = Self.generate(files)
        if let flag = getenv("MADOGUCHI_REGENERATE"), String(cString: flag) == "1" {
            let file = try #require(fopen(Self.generatedPath, "wb"))
            fputs(expected, file)
            fclose(file)
        }
        #expect(try Self.read(Self.generatedPath) == expected,
                "BuiltinThemes.swift is stale: run MADOGUCHI_REGENERATE=1 swift test --filter BuiltinThemesTests")
        #expect(BuiltinThemes.sources == files)
    }

    @Test func everyThemeFileIsBuiltIn() throws {
        let directory = try #require(opendir(Self.packageRoot + "/Themes"))
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix(while: { $0 != 0 }), as: UTF8.self) }
            if name.hasSuffix(".toml") { names.append(String(name.dropLast(5))) }
        }
        #expect(names.sorted() == Theme.builtinNames.sorted())
    }
}
