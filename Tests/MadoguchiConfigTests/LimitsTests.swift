import Testing
@testable import MadoguchiConfig

/// Hostile files: each limit of `ConfigLimits` refuses with a message naming the line,
/// before the reader can run out of stack or memory.
@Suite struct LimitsTests {
    func error(_ text: String, limits: ConfigLimits = .standard) -> ConfigError? {
        do {
            _ = try TOMLReader.parse(ConfigDocument(origin: "hostile.toml", text: text), limits: limits)
            return nil
        } catch {
            return error
        }
    }

    @Test func arraysNestedBeyondTheLimit() throws {
        let limit = ConfigLimits.standard.depth
        #expect(error("a = " + String(repeating: "[", count: limit) + String(repeating: "]", count: limit)) == nil)
        let deep = try #require(error("x = 1\na = " + String(repeating: "[", count: 100_000)))
        #expect(deep.problem == .tooDeep(limit: limit))
        #expect(deep.line == 2)
    }

    @Test func inlineTablesNestedBeyondTheLimit() throws {
        let deep = try #require(error("a = " + String(repeating: "{ b = ", count: 50_000)))
        #expect(deep.problem == .tooDeep(limit: ConfigLimits.standard.depth))
        #expect(deep.line == 1)
    }

    /// A key of tens of thousands of dotted parts overflowed the stack of the old reader.
    @Test func dottedKeysAndHeadersBeyondTheLimit() throws {
        let parts = Array(repeating: "k", count: 40_000).joined(separator: ".")
        let key = try #require(error("\n\(parts) = 1\n"))
        #expect(key.problem == .tooDeep(limit: ConfigLimits.standard.depth))
        #expect(key.line == 2)
        let header = try #require(error("[\(parts)]\n"))
        #expect(header.problem == .tooDeep(limit: ConfigLimits.standard.depth))
        let underHeader = try #require(error("[" + Array(repeating: "t", count: 20).joined(separator: ".") + "]\n"
            + Array(repeating: "k", count: 20).joined(separator: ".") + " = 1\n"))
        #expect(underHeader.line == 2)
    }

    @Test func longStringsAndKeys() throws {
        let limit = ConfigLimits.standard.stringBytes
        #expect(error("a = \"\(String(repeating: "x", count: limit))\"") == nil)
        for text in ["a = \"\(String(repeating: "x", count: limit + 1))\"",
                     "a = '\(String(repeating: "x", count: limit + 1))'",
                     "a = \"\"\"\n\(String(repeating: "x\n", count: limit))\"\"\"",
                     "\(String(repeating: "k", count: limit + 1)) = 1",
                     "\"\(String(repeating: "k", count: limit + 1))\" = 1"] {
            let found = try #require(error(text))
            #expect(found.problem == .stringTooLong(limit: limit))
            #expect(found.line != nil)
        }
    }

    @Test func filesLargerThanTheLimit() throws {
        let limits = ConfigLimits(fileBytes: 1000, depth: 8, stringBytes: 100)
        let big = String(repeating: "# comment\n", count: 101)
        let found = try #require(error(big, limits: limits))
        #expect(found.problem == .tooLarge(bytes: 1010, limit: 1000))
        #expect(found.description.hasPrefix("hostile.toml: the file is 1010 bytes"))
        #expect(throws: ConfigError(origin: "big", problem: .tooLarge(bytes: 1010, limit: 1000))) {
            try ConfigText.decode(Array(big.utf8), origin: "big", limits: limits)
        }
    }

    /// Past the file size limit the reader still ends: two megabytes of each shape are
    /// read or refused (ten, and how fast, are measured by `madoguchi-bench refusals`).
    @Test func megabytesOfEachShapeEndInAMessageOrATree() throws {
        let limits = ConfigLimits(fileBytes: 4 << 20, depth: 32, stringBytes: 4 << 20)
        let size = 2 << 20
        for unit in ["[[[\nx = \n", "a = [", "a = {", "k.", "x = 1\n", "\"", "[a]\n"] {
            let text = String(repeating: unit, count: size / unit.utf8.count)
            #expect(error(text, limits: limits) != nil, "\(unit.debugDescription) × \(size / unit.utf8.count)")
        }
        var keys = ""
        var i = 0
        while keys.utf8.count < size {
            keys += "key\(i) = \(i)\n"
            i += 1
        }
        let tree = try TOMLReader.parse(ConfigDocument(origin: "keys.toml", text: keys), limits: limits)
        #expect(tree.table?.count == i)
    }
}
