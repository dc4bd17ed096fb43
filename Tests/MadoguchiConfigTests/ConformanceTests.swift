import Foundation
import Testing
@testable import MadoguchiConfig

/// TOML 1.0 conformance: documents of every part of the grammar that must be read to the
/// values Python's tomllib reads from them (Conformance/valid, regenerated and checked by
/// Conformance/tomllib-check.py), and documents that must be refused with a message naming
/// the line given in Conformance/invalid/lines.tsv.
@Suite struct ConformanceTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Conformance")

    static func documents(_ kind: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent(kind).path)) ?? []
        return names.filter { $0.hasSuffix(".toml") }.map { String($0.dropLast(5)) }.sorted()
    }

    static let validNames = documents("valid")
    static let invalidNames = documents("invalid")

    static let expectedLines: [String: Int] = {
        let url = directory.appendingPathComponent("invalid/lines.tsv")
        let rows = ((try? String(contentsOf: url, encoding: .utf8)) ?? "").split(separator: "\n")
        var lines: [String: Int] = [:]
        for row in rows where !row.hasPrefix("#") {
            let fields = row.split(separator: "\t")
            if fields.count == 2, let line = Int(fields[1]) { lines[String(fields[0])] = line }
        }
        return lines
    }()

    static func read(_ kind: String, _ name: String) throws -> (origin: String, bytes: Data) {
        let origin = "\(kind)/\(name).toml"
        return (origin, try Data(contentsOf: directory.appendingPathComponent(origin)))
    }

    @Test func theSetCoversTheGrammar() {
        #expect(Self.validNames.count >= 25)
        #expect(Self.invalidNames.count >= 130)
        #expect(Set(Self.invalidNames) == Set(Self.expectedLines.keys), "every invalid document has an expected line")
    }

    @Test(arguments: validNames)
    func validDocumentReadsAsTomllibReadsIt(_ name: String) throws {
        let (origin, bytes) = try Self.read("valid", name)
        let json = try Data(contentsOf: Self.directory.appendingPathComponent("valid/\(name).json"))
        let expected = try JSONSerialization.jsonObject(with: json)
        let node = try TOMLReader.parse(ConfigDocument(origin: origin, text: ConfigText.decode(bytes, origin: origin)))
        if let mismatch = Self.mismatch(node, expected, at: "") { Issue.record("\(origin): \(mismatch)") }
    }

    @Test(arguments: invalidNames)
    func invalidDocumentIsRefusedNamingTheLine(_ name: String) throws {
        let (origin, bytes) = try Self.read("invalid", name)
        let line = try #require(Self.expectedLines[name])
        let error = try #require(throws: ConfigError.self) {
            try TOMLReader.parse(ConfigDocument(origin: origin, text: ConfigText.decode(bytes, origin: origin)))
        }
        #expect(error.line == line, "\(error)")
        #expect(error.column != nil, "\(error)")
        #expect(error.description.hasPrefix("\(origin):\(line):"), "\(error)")
        #expect(error.message(in: .ja).hasPrefix("\(origin) \(line)行目"), "\(error.message(in: .ja))")
    }

    /// Where `node` differs from toml-test's tagged JSON form of a value, or nil.
    static func mismatch(_ node: ConfigNode, _ json: Any, at path: String) -> String? {
        switch node.value {
        case .table(let entries):
            guard let object = json as? [String: Any], object["type"] as? String == nil || object.count != 2 else {
                return "\(path): a table where \(json) was expected"
            }
            if Set(entries.keys) != Set(object.keys) {
                return "\(path): keys \(entries.keys.sorted()) instead of \(object.keys.sorted())"
            }
            for (key, child) in entries {
                if let m = mismatch(child, object[key]!, at: path + "." + key) { return m }
            }
            return nil
        case .array(let elements):
            guard let array = json as? [Any], array.count == elements.count else {
                return "\(path): an array of \(elements.count) where \(json) was expected"
            }
            for (i, element) in elements.enumerated() {
                if let m = mismatch(element, array[i], at: "\(path)[\(i)]") { return m }
            }
            return nil
        default:
            guard let object = json as? [String: Any], let type = object["type"] as? String,
                  let text = object["value"] as? String else { return "\(path): \(node.summary) where \(json) was expected" }
            let same: Bool
            switch node.value {
            case .string(let s): same = type == "string" && s == text
            case .integer(let i): same = type == "integer" && String(i) == text
            case .boolean(let b): same = type == "bool" && String(b) == text
            case .float(let d):
                let e = Double(text)
                same = type == "float" && e.map { $0 == d || ($0.isNaN && d.isNaN) } == true
                    && (d != 0 || d.sign == e?.sign)
            case .date(let d): same = type == "date-local" && d.description == text
            case .time(let t): same = type == "time-local" && t.description == text
            case .dateTime(let t): same = type == (t.offsetMinutes == nil ? "datetime-local" : "datetime") && t.description == text
            case .array, .table: same = false
            }
            return same ? nil : "\(path): \(node.summary) where \(type) \(text) was expected"
        }
    }
}
