/// How large a configuration file may be. Every file the tool reads is written by hand, so
/// the limits sit far above any real file (the built-in scenarios are under 6 KiB) and far
/// below what could exhaust memory or the stack; docs/scenario-format.md states them.
package struct ConfigLimits: Sendable, Equatable {
    /// Bytes in one file.
    package var fileBytes: Int
    /// Levels of tables, arrays and dotted key parts, counted from the top of the file;
    /// each level is a step of recursion when the tree is read.
    package var depth: Int
    /// Bytes in one string or key, after escapes are resolved.
    package var stringBytes: Int

    package init(fileBytes: Int, depth: Int, stringBytes: Int) {
        self.fileBytes = fileBytes
        self.depth = depth
        self.stringBytes = stringBytes
    }

    package static let standard = ConfigLimits(fileBytes: 1 << 20, depth: 32, stringBytes: 1 << 16)
}
