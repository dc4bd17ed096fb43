import Foundation
import MadoguchiTraining
import Testing

/// The JSON of `sweep`, `compare` and `fit` against their sections of docs/run-json.md,
/// both ways: every key written is documented, every documented key written, with its type.
@Suite struct FormatJSONKeysTests {
    /// The part of the document under the heading that starts with `title`.
    static func section(_ title: String) throws -> Substring {
        let markdown = try String(contentsOf: RunJSONKeysTests.document, encoding: .utf8)
        let parts = markdown.components(separatedBy: "\n## ")
        return Substring(try #require(parts.first { $0.hasPrefix(title) }, "no section \(title)"))
    }

    static func rows(_ section: Substring) -> [(key: String, type: String, named: [String])] {
        section.split(separator: "\n").compactMap { line in
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 5, let key = RunJSONKeysTests.keys(in: Substring(cells[1])).first, cells[1] == "`\(key)`",
                  cells[2] != "type" else { return nil }
            return (key, cells[2], RunJSONKeysTests.keys(in: Substring(cells[3])))
        }
    }

    /// Every key below `value`, through arrays, except inside estimates.
    static func nestedKeys(_ value: JSONValue) -> Set<String> {
        switch value {
        case .object(let members) where Set(members.keys) != ["mean", "ci95_low", "ci95_high"]:
            return members.reduce(into: Set(members.keys)) { $0.formUnion(nestedKeys($1.value)) }
        case .array(let items): return items.reduce(into: []) { $0.formUnion(nestedKeys($1)) }
        default: return []
        }
    }

    static func check(_ title: String, _ stdout: String, dynamic: Set<String> = []) throws {
        let rows = Self.rows(try section(title))
        #expect(rows.count >= 6, "\(title): \(rows.count) rows")
        let json = try JSONDecoder().decode(JSONValue.self, from: Data(stdout.utf8))
        let top = try #require(json.object)
        #expect(Set(top.keys) == Set(rows.map(\.key)), "\(title): written \(top.keys.sorted()), documented \(rows.map(\.key))")
        for row in rows {
            let value = try #require(top[row.key])
            switch (row.type, value) {
            case ("string", .string), ("number", .number), ("object", .object), ("array of objects", .array): break
            case ("integer", .number(let n)): #expect(n == n.rounded(), "\(row.key)")
            default: Issue.record("\(title): \(row.key) is not of type \(row.type): \(value)")
            }
            guard row.type == "object" || row.type == "array of objects" else { continue }
            let written = nestedKeys(value).subtracting(dynamic)
            #expect(Set(row.named) == written, "\(title) \(row.key): documented \(row.named.sorted()), written \(written.sorted())")
        }
    }

    @Test func sweep() throws {
        let dir = temporaryDirectory()
        let result = try LabBinary.run(["sweep", "quiet-weekday", "--set", "staff.desks=1,2", "--replications", "2",
                                        "--format", "json", "--quiet"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        // A setting's key is the user's, not the document's.
        try Self.check("`madoguchi sweep --format json`", result.stdout, dynamic: ["staff.desks"])
    }

    @Test func compare() throws {
        let dir = temporaryDirectory()
        let result = try LabBinary.run(["compare", "quiet-weekday", "quiet-weekday", "--set-b", "staff.desks=3",
                                        "--replications", "3", "--format", "json", "--quiet"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        try Self.check("`madoguchi compare --format json`", result.stdout)
    }

    @Test func fit() throws {
        let dir = temporaryDirectory()
        let values = (1...60).map { 30 + Double($0 * $0 % 97) }
        try ("seconds\n" + values.map { "\($0)" }.joined(separator: "\n") + "\n")
            .write(toFile: dir + "/d.csv", atomically: true, encoding: .utf8)
        let result = try LabBinary.run(["fit", "d.csv", "--column", "seconds", "--format", "json"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        try Self.check("`madoguchi fit --format json`", result.stdout)
    }

    @Test func sessions() throws {
        let dir = temporaryDirectory()
        let lesson = try LessonLoader.load(nameOrPath: "face-then-pin")
        let played = SessionFixture.play(lesson, trainee: "Sato", seed: 3, choose: SessionFixture.chargesFull)
        try SessionFixture.insert(played, mode: .train, trainee: "Sato", startedAt: "2026-12-01T09:00:00Z", into: dir + "/s.sqlite")
        let result = try LabBinary.run(["sessions", "s.sqlite", "--format", "json"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let section = try Self.section("`madoguchi sessions --format json`")
        let documented = Set(RunJSONKeysTests.keys(in: section.split(separator: "\n").dropFirst().joined(separator: "\n")[...]))
        let json = try JSONDecoder().decode(JSONValue.self, from: Data(result.stdout.utf8))
        guard case .array(let items) = json, let first = items.first?.object else {
            Issue.record("not an array of sessions: \(result.stdout)")
            return
        }
        #expect(items.count == 1)
        #expect(Set(first.keys).isSubset(of: documented), "undocumented: \(Set(first.keys).subtracting(documented))")
        #expect(first.keys.count >= 14, "a training session has every key: \(first.keys.sorted())")
    }
}
