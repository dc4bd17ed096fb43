import Foundation

/// The `madoguchi` built next to the test bundle, whichever scratch path built it: the
/// suites that run the real program as a child process all find it here.
public enum MadoguchiBinary {
    public static var url: URL {
        let me = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var directory = me.deletingLastPathComponent()
        if directory.pathExtension == "xctest" { directory = directory.deletingLastPathComponent() }
        return directory.appendingPathComponent("madoguchi")
    }

    public static var exists: Bool { FileManager.default.isExecutableFile(atPath: url.path) }
}
