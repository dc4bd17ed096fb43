import Foundation
import MadoguchiTestSupport
import Testing

/// `make install` into a temporary prefix, the installed tool run from another directory,
/// `make uninstall`, and nothing left. The binary is the one `swift test` built (MADOGUCHI=…):
/// a release build here would wait on the lock `swift test` holds on .build.
@Suite struct InstallTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func make(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["make", "--no-print-directory", "-C", root.path] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    static func files(under url: URL) -> [String] {
        let walker = FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil)
        return (walker?.allObjects as? [URL] ?? []).map { $0.path.replacingOccurrences(of: url.path + "/", with: "") }.sorted()
    }

    @Test func installRunFromElsewhereAndUninstall() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("madoguchi-install-\(UUID().uuidString)")
        let prefix = base.appendingPathComponent("prefix"), elsewhere = base.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: prefix, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: base) }

        let install = try Self.make(["install", "PREFIX=\(prefix.path)", "MADOGUCHI=\(MadoguchiBinary.url.path)"])
        #expect(install.status == 0, "\(install.output)")
        let pages = try FileManager.default.contentsOfDirectory(atPath: Self.root.appendingPathComponent("docs/man").path)
            .filter { $0.hasSuffix(".1") }.sorted()
        #expect(pages.count >= 14, "one page per subcommand: \(pages)")
        let expected = (["bin/madoguchi", "share/bash-completion/completions/madoguchi", "share/fish/vendor_completions.d/madoguchi.fish",
                         "share/zsh/site-functions/_madoguchi"] + pages.map { "share/man/man1/" + $0 }).sorted()
        let installed = Self.files(under: prefix).filter { !$0.hasSuffix("/") }
        #expect(Set(expected).isSubset(of: installed), "missing: \(Set(expected).subtracting(installed))")

        let tool = prefix.appendingPathComponent("bin/madoguchi").path
        let version = try MadoguchiBinary.run(["--version"], in: elsewhere.path, executable: tool)
        #expect(version.status == 0 && version.stdout.wholeMatch(of: /[0-9]+\.[0-9]+\.[0-9]+\n/) != nil, "\(version)")
        let run = try MadoguchiBinary.run(["run", "default", "--format", "json"], in: elsewhere.path, executable: tool)
        #expect(run.status == 0, "\(run.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        #expect(json?["schema"] as? String == "madoguchi.run/1")
        let bash = try String(contentsOf: prefix.appendingPathComponent("share/bash-completion/completions/madoguchi"), encoding: .utf8)
        #expect(bash.contains("monday-rush"))

        let uninstall = try Self.make(["uninstall", "PREFIX=\(prefix.path)"])
        #expect(uninstall.status == 0, "\(uninstall.output)")
        #expect(Self.files(under: prefix).isEmpty, "left behind: \(Self.files(under: prefix))")
        #expect(FileManager.default.fileExists(atPath: prefix.path), "the prefix itself is not the Makefile's to remove")
    }
}
