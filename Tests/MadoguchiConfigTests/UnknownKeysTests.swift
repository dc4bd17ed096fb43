import Testing
@testable import MadoguchiConfig

@Suite struct UnknownKeysTests {
    func read(_ text: String) throws -> ConfigNode {
        try TOMLReader.parse(ConfigDocument(origin: "keys.toml", text: text))
    }

    @Test func theFirstUnknownKeyInTheFileWithTheNearestKnownOne() throws {
        let root = try read("[staff]\ndesks = 2\nreaders = 1\nreadrs = 3\n[zzz]\nq = 1\n")
        let keys = ReadKeys()
        keys.insert(ConfigKeyPath([.key("staff")]))
        keys.insert(ConfigKeyPath([.key("staff"), .key("desks")]))
        keys.insert(ConfigKeyPath([.key("staff"), .key("readers")]))
        let error = try #require(throws: ConfigError.self) { try UnknownKeys.check(root, readKeys: keys) }
        #expect(error.line == 4)
        #expect(error.key == "staff.readrs")
        #expect(error.problem == .unknownKey(suggestion: "readers", known: ["desks", "readers"]))
    }

    @Test func acceptedKeysAreListedEvenWhenAbsent() throws {
        let root = try read("colour = 1\n")
        let keys = ReadKeys()
        keys.accept(["description", "roles"], in: .root)
        let error = try #require(throws: ConfigError.self) { try UnknownKeys.check(root, readKeys: keys) }
        #expect(error.problem == .unknownKey(suggestion: nil, known: ["description", "roles"]))
        #expect(error.description == "keys.toml:1: colour: unknown key. Accepted: description, roles.")
    }

    /// Ten thousand unknown keys are one walk of the tree (the old reader rescanned the
    /// file for every key's line); the first of them in the file is reported.
    @Test func manyUnknownKeysReportTheFirst() throws {
        let text = (0..<10_000).map { "unknown_\($0) = \($0)" }.joined(separator: "\n")
        let error = try #require(throws: ConfigError.self) { try UnknownKeys.check(read(text), readKeys: ReadKeys()) }
        #expect(error.line == 1)
        #expect(error.key == "unknown_0")
    }

    @Test func suggestionsForLongWordsAreNotSearched() {
        #expect(Suggestion.nearest(to: "desk", among: ["desks", "readers"]) == "desks")
        #expect(Suggestion.nearest(to: String(repeating: "d", count: 10_000), among: ["desks"]) == nil)
    }
}
