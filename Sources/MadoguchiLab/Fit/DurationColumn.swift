import Foundation

/// The positive durations of one named column of a CSV file, in seconds; empty fields are
/// skipped and counted, anything else that is not a positive number is refused with its line.
package struct DurationColumn: Sendable {
    package let path: String
    package let column: String
    package let values: [Double]
    package let emptyFields: Int

    package static func read(path: String, column: String) throws(FitError) -> DurationColumn {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw .unreadable(path: path, reason: (error as NSError).localizedFailureReason ?? error.localizedDescription)
        }
        guard !data.contains(0), var text = String(data: data, encoding: .utf8) else { throw .notText(path: path) }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let records: [CSVParser.Record]
        do { records = try CSVParser.records(text) } catch {
            switch error { case .unterminatedQuote(let line): throw .unterminatedQuote(path: path, line: line) }
        }
        guard let header = records.first else { throw .empty(path: path) }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        guard let index = names.firstIndex(of: column) else {
            throw .missingColumn(path: path, column: column, header: names)
        }
        var values: [Double] = [], empty = 0
        for record in records.dropFirst() {
            guard record.fields.count == names.count else {
                throw .fieldCount(path: path, line: record.line, found: record.fields.count, expected: names.count)
            }
            let text = record.fields[index].trimmingCharacters(in: .whitespaces)
            if text.isEmpty {
                empty += 1
                continue
            }
            guard let value = number(text) else {
                throw .notANumber(path: path, line: record.line, column: column, text: text)
            }
            guard value > 0 else { throw .notPositive(path: path, line: record.line, column: column, text: text) }
            values.append(value)
        }
        guard values.count >= 2 else { throw .tooFew(path: path, column: column, count: values.count) }
        guard values.contains(where: { $0 != values[0] }) else {
            throw .noSpread(path: path, column: column, value: ScenarioNumber.format(values[0], significant: 6))
        }
        return DurationColumn(path: path, column: column, values: values, emptyFields: empty)
    }

    /// A decimal number as people write one (12, 12.5, 1.2e3, -4): not Swift's hexadecimal
    /// floats, infinities or NaN, which `Double(_:)` would also take.
    static func number(_ text: String) -> Double? {
        guard text.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }),
              let value = Double(text), value.isFinite else { return nil }
        return value
    }

    /// The values as a sample to fit; `read` has made sure there is one.
    package var sample: DurationSample { DurationSample(values)! }
}
