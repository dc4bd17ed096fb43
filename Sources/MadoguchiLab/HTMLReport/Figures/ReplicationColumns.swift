import GRDB

/// A run's `replications` rows as columns of numbers, in replication order: what the
/// intervals across replications and the paired differences between runs are made of.
/// Columns a file's older schema lacks, or whose rows predate them (NULL), are absent.
struct ReplicationColumns {
    let numbers: [Int]
    let values: [String: [Double]]

    init(_ db: Database, run: Int64) throws {
        var numbers: [Int] = []
        var values: [String: [Double]] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT * FROM replications WHERE run_id = ? ORDER BY replication", arguments: [run])
        while let row = try rows.next() {
            numbers.append(try row.decode(forColumn: "replication"))
            for (column, value) in row where column != "run_id" && column != "replication" {
                if let number = Double.fromDatabaseValue(value) { values[column, default: []].append(number) }
            }
        }
        self.numbers = numbers
        self.values = values
    }

    var count: Int { numbers.count }

    /// The metric across replications in the unit shown (minutes, percent).
    func estimate(_ metric: Metric) -> Estimate? {
        guard let name = metric.column, let column = values[name], column.count == numbers.count, !column.isEmpty else { return nil }
        return Estimate(column.map(metric.unit.shown))
    }

    func column(_ name: String) -> [Double]? { values[name] }
}
