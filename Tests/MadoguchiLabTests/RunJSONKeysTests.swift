import Foundation
import Testing

/// `run --format json` against docs/run-json.md, both ways: every key the program writes is
/// documented, every documented key is written, with the documented type.
@Suite struct RunJSONKeysTests {
    static let document = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/run-json.md")

    /// Names in backquotes that can be keys (`HH:MM` or `madoguchi.run/1` cannot).
    static func keys(in text: Substring) -> [String] {
        text.split(separator: "`", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 1 && $0.element.wholeMatch(of: /[a-z][a-z0-9_]*/) != nil }
            .map { String($0.element) }
    }

    /// The rows of the document's key table: key, type, the keys its meaning names.
    static func rows(_ markdown: String) -> [(key: String, type: String, named: [String])] {
        markdown.split(separator: "\n").compactMap { line in
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 5, let key = keys(in: Substring(cells[1])).first, cells[1] == "`\(key)`",
                  ["string", "integer", "object", "estimate", "durations", "array of strings"].contains(cells[2]) else { return nil }
            return (key, cells[2], keys(in: Substring(cells[3])))
        }
    }

    /// Every key at any depth below `value`, but inside estimates and durations.
    static func nestedKeys(_ value: JSONValue, estimate: Set<String>, durations: Set<String>) -> Set<String> {
        guard let members = value.object, Set(members.keys) != estimate, Set(members.keys) != durations else { return [] }
        return members.reduce(into: Set(members.keys)) { $0.formUnion(nestedKeys($1.value, estimate: estimate, durations: durations)) }
    }

    @Test func keysAreTheDocumentedOnes() throws {
        let markdown = try String(contentsOf: Self.document, encoding: .utf8)
        let estimate: Set<String> = ["mean", "ci95_low", "ci95_high"]
        let durations: Set<String> = ["mean", "p50", "p90", "p95", "max"]
        #expect(markdown.contains("| `mean` |") && markdown.contains("| `ci95_low`, `ci95_high` |"), "the estimate's keys")
        #expect(markdown.contains("A *durations* object holds five estimates: `mean`, `p50`, `p90`, `p95`, `max`."))
        // The run's keys come before the sections on other commands' output.
        let rows = Self.rows(try #require(markdown.components(separatedBy: "\n## ").first))
        #expect(rows.count == 17)

        let dir = temporaryDirectory()
        let result = try LabBinary.run(["run", "reader-outage", "--replications", "2", "--format", "json", "--quiet"], in: dir)
        let json = try JSONDecoder().decode(JSONValue.self, from: Data(result.stdout.utf8))
        let top = try #require(json.object)
        let undocumented = Set(top.keys).subtracting(rows.map(\.key)), unwritten = Set(rows.map(\.key)).subtracting(top.keys)
        #expect(undocumented.isEmpty && unwritten.isEmpty, "written but not documented: \(undocumented); documented but not written: \(unwritten)")

        func isEstimate(_ v: JSONValue?) -> Bool {
            v?.object.map { Set($0.keys) == estimate && $0.values.allSatisfy { $0.number != nil } } ?? false
        }
        for row in rows {
            let value = top[row.key]
            switch row.type {
            case "string":
                if case .string = value {} else { Issue.record("\(row.key) is not a string: \(String(describing: value))") }
            case "integer":
                #expect(value?.number.map { $0 == $0.rounded() } == true, "\(row.key) is not an integer")
            case "estimate":
                #expect(isEstimate(value), "\(row.key) is not an estimate")
            case "durations":
                #expect(value?.object.map { Set($0.keys) == durations && $0.values.allSatisfy(isEstimate) } == true,
                        "\(row.key) is not a durations object")
            case "array of strings":
                if case .array(let items) = value {
                    #expect(items.allSatisfy { if case .string = $0 { true } else { false } }, "\(row.key)")
                } else {
                    Issue.record("\(row.key) is not an array")
                }
            default:
                let written = Self.nestedKeys(try #require(value), estimate: estimate, durations: durations)
                #expect(!row.named.isEmpty, "\(row.key) names its keys")
                #expect(Set(row.named).subtracting(written).isEmpty,
                        "\(row.key): documented but not written: \(Set(row.named).subtracting(written))")
                // Below an object, a key is documented by its row or, for an id used in
                // several places (an outcome under a fault), by the row that lists the ids.
                let documented = Set(rows.flatMap(\.named))
                #expect(written.subtracting(documented).isEmpty, "\(row.key): written but not documented: \(written.subtracting(documented))")
            }
        }
    }
}
