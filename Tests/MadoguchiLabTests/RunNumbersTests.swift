import Foundation
import GRDB
import Histogram
import MadoguchiClinic
import MadoguchiSim
import MadoguchiTestSupport
import Testing
@testable import MadoguchiLab

/// The numbers `madoguchi run` prints, recomputed from the patient records of the same run
/// (RecordFold) and compared exactly. The records are those of the same seed and
/// replications simulated here, shown to be the run's by the patients its recording holds.
@Suite struct RunNumbersTests {
    struct Replication {
        let records: [PatientRecord]
        let fold: RecordFold
    }

    /// Each replication simulated here, with its records and event log.
    static func replications(_ scenario: Scenario, seed: UInt64, count: Int) -> [Replication] {
        (0..<count).map { r in
            var sim = ClinicModel.simulator(scenario: scenario, policy: Autopilot(), seed: seed, replication: r)
            sim.model.records = []
            sim.model.log = []
            while !sim.model.isDayOver, sim.step() {}
            return Replication(records: sim.model.records!, fold: RecordFold(sim.model.records!, warmup: scenario.warmup, log: sim.model.log!))
        }
    }

    /// `run … --format json --record`, in `dir`; the JSON, read with JSONDecoder, which reads a
    /// number back to the very double written (JSONSerialization on Linux may miss by one unit
    /// in the last place).
    static func run(_ scenario: String, seed: UInt64, replications: Int, in dir: String) throws -> JSONValue {
        let result = try LabBinary.run(["run", scenario, "--seed", "\(seed)", "--replications", "\(replications)", "--format", "json",
                                        "--record", "run.sqlite", "--quiet"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONDecoder().decode(JSONValue.self, from: Data(result.stdout.utf8))
    }

    /// The recording of the program's run holds the very patients simulated here.
    static func expectSameRun(_ dir: String, _ replications: [Replication]) throws {
        let recording = try Recording.openForReading(dir + "/run.sqlite")
        for (r, replication) in replications.enumerated() {
            let rows = try recording.read { db in
                try Row.fetchAll(db, sql: "SELECT * FROM patients WHERE replication = ? ORDER BY patient_id", arguments: [r])
            }
            let records = replication.records.sorted { $0.id < $1.id }
            #expect(rows.count == records.count)
            for (row, record) in zip(rows, records) { PatientCodeTests.expect(row, matches: record) }
        }
    }

    /// An estimate object of the JSON: exactly the mean and interval of these values, the
    /// interval cut at the values the figure can take (from 0 for counts and durations).
    static func expect(_ json: JSONValue?, _ values: [Double], _ what: String, within range: ClosedRange<Double> = Estimate.nonNegative,
                       sourceLocation: SourceLocation = #_sourceLocation) {
        let estimate = Estimate(values, within: range)
        #expect(json?["mean"]?.number == estimate.mean, "\(what): \(String(describing: json)) for \(values)",
                sourceLocation: sourceLocation)
        #expect(json?["ci95_low"]?.number == estimate.ci95Low && json?["ci95_high"]?.number == estimate.ci95High,
                "\(what): \(String(describing: json)) for \(values)", sourceLocation: sourceLocation)
    }

    /// Percentiles as the program computes them: HDR at whole milliseconds, three digits
    /// (DurationHistogramExactTests pins the conversion); 0 when there is nothing to measure.
    static func reference(_ seconds: [Double]) -> Histogram<UInt64> {
        var h = Histogram<UInt64>(lowestDiscernibleValue: 1, highestTrackableValue: 30 * 24 * 3_600_000, numberOfSignificantValueDigits: .three)
        let limit: Double = 30 * 24 * 3600
        for s in seconds {
            let clamped: Double = Swift.max(0, Swift.min(s, limit))
            _ = h.record(UInt64(clamped * 1000 + 0.5))
        }
        return h
    }

    static func percentile(_ seconds: [Double], _ p: Double) -> Double {
        seconds.isEmpty ? 0 : Double(reference(seconds).valueAtPercentile(p)) / 1000
    }

    static func mean(_ seconds: [Double]) -> Double { seconds.isEmpty ? 0 : Tally(seconds).mean }

    /// A durations object: mean, p50, p90, p95 and max of each replication's values.
    static func expectDurations(_ object: JSONValue?, _ values: [[Double]], _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        expect(object?["mean"], values.map(mean), "\(what) mean", sourceLocation: sourceLocation)
        for p in [50, 90, 95] {
            expect(object?["p\(p)"], values.map { percentile($0, Double(p)) }, "\(what) p\(p)", sourceLocation: sourceLocation)
        }
        expect(object?["max"], values.map { $0.isEmpty ? 0 : Double(reference($0).max) / 1000 }, "\(what) max", sourceLocation: sourceLocation)
    }

    /// Everything the JSON holds per patient: counts, waits overall and per path, time at
    /// reception, faults with their recovery times and outcomes, outcomes, the usage rate.
    static func expectPatientNumbers(_ json: JSONValue, _ folds: [RecordFold]) {
        let patients = json["patients"]
        expect(patients?["arrived"], folds.map { Double($0.counted) }, "arrived")
        expect(patients?["served"], folds.map { Double($0.served) }, "served")
        expect(patients?["reneged"], folds.map { Double($0.reneged) }, "reneged")
        expectDurations(json["wait_before_desk_seconds"], folds.map(\.waits), "wait")
        expectDurations(json["time_at_reception_seconds"], folds.map(\.timesAtReception), "time at reception")
        let byPath = json["wait_by_path"]
        #expect(byPath?.object?.count == CredentialPath.allCases.count)
        for path in CredentialPath.allCases {
            let p = byPath?[path.rawValue]
            expect(p?["patients"], folds.map { Double($0.patientsByPath[path] ?? 0) }, "\(path) patients")
            expectDurations(p?["wait_seconds"], folds.map { $0.waitsByPath[path] ?? [] }, "\(path) wait")
        }
        let faults = json["faults"]
        #expect(faults?.object?.count == Fault.allCases.count)
        for fault in Fault.allCases {
            let f = faults?[fault.rawValue]
            expect(f?["count"], folds.map { Double($0.struck[fault] ?? 0) }, "\(fault) count")
            // Over the replications in which a patient struck by the fault had a recovery.
            let recoveries = folds.compactMap { $0.recoveries[fault] }
            expect(f?["recovery_mean_seconds"], recoveries.map(mean), "\(fault) recovery")
            expect(f?["recovery_p90_seconds"], recoveries.map { percentile($0, 90) }, "\(fault) recovery p90")
            for outcome in Outcome.allCases {
                expect(f?["outcomes"]?[outcome.rawValue], folds.map { Double($0.faultOutcomes[fault]?[outcome] ?? 0) },
                       "\(fault) \(outcome)")
            }
        }
        for outcome in Outcome.allCases {
            expect(json["outcomes"]?[outcome.rawValue], folds.map { Double($0.outcomes[outcome] ?? 0) }, "\(outcome)")
        }
        expect(json["usage_rate"], folds.map { $0.onlineConfirmations > 0 ? Double($0.myNumberConfirmations) / Double($0.onlineConfirmations) : 0 },
               "usage rate", within: Estimate.fraction)
    }

    /// reader-outage (a broken reader, the line down) and monday-rush (impatient patients), every
    /// fault on; three replications each.
    @Test(arguments: [("reader-outage", false), ("monday-rush", true)])
    func everyPatientNumberOfARunIsTheFoldOfItsRecords(scenario name: String, impatient: Bool) throws {
        let dir = temporaryDirectory()
        let json = try Self.run(name, seed: 7, replications: 3, in: dir)
        let scenario = try ScenarioLoader.load(nameOrPath: name)
        let replications = Self.replications(scenario, seed: 7, count: 3)
        try Self.expectSameRun(dir, replications)
        let folds = replications.map(\.fold)
        // 107 patients expected a replication of reader-outage (91–126 over replications 0–29),
        // 175 of monday-rush: a whole morning each, whatever the stream; and at least five
        // kinds of fault met over the three, so the per-fault numbers are tried on several.
        #expect(folds.allSatisfy { $0.counted > 50 }, "\(folds.map(\.counted))")
        #expect(Set(folds.flatMap(\.struck.keys)).count >= 5, "faults met \(folds.map(\.struck))")
        if impatient { #expect(folds.allSatisfy { $0.reneged > 0 }, "reneged \(folds.map(\.reneged))") }
        // A fault recovered from in some replications and not in all: the recovery times are
        // over those alone, not a mean with a 0 for the others.
        #expect(Fault.allCases.contains { fault in (1..<folds.count).contains(folds.filter { $0.recoveries[fault] != nil }.count) })
        Self.expectPatientNumbers(json, folds)
    }

    /// Busy time of overlapping intervals, accumulated as the server pools do: the number
    /// busy times the time since the last change, at every start and end in time order.
    static func busyTime(_ intervals: [(start: Double, end: Double)]) -> Double {
        let changes = intervals.flatMap { [($0.start, 1), ($0.end, -1)] }.sorted { $0.0 < $1.0 }
        var area = 0.0, busy = 0, last = 0.0
        for (time, change) in changes {
            area += Double(busy) * (time - last)
            last = time
            busy += change
        }
        return area
    }

    /// Utilizations and the closing time follow from the records where staff work only at
    /// the desk: no fault brings them to a reader, no one reneges, no outage. A scenario file
    /// of that kind, one replication, table and JSON.
    @Test func utilizationsAndClosingTimeAreTheFoldOfTheRecords() throws {
        let dir = temporaryDirectory()
        try """
            [scenario]
            title = "Staff at the desk only"
            [faults]
            reader_error = 0
            face_mismatch = 0
            pin_lock = 0
            needs_help = 0
            """.write(toFile: dir + "/desk-only.toml", atomically: true, encoding: .utf8)
        let json = try Self.run("desk-only.toml", seed: 3, replications: 1, in: dir)
        let scenario = try ScenarioLoader.load(nameOrPath: dir + "/desk-only.toml")
        #expect(scenario.patients.patience == nil && scenario.outages.isEmpty)
        let replications = Self.replications(scenario, seed: 3, count: 1)
        try Self.expectSameRun(dir, replications)
        let records = replications[0].records
        Self.expectPatientNumbers(json, replications.map(\.fold))

        let closed = try #require(records.compactMap(\.serviceEnd).max())
        #expect(records.allSatisfy { $0.serviceEnd != nil })
        let readers = Self.busyTime(records.compactMap { r in r.readerStart.map { ($0, r.readerEnd!) } })
        let desks = Self.busyTime(records.compactMap { r in r.serviceStart.map { ($0, r.serviceEnd!) } })
        Self.expect(json["closed_at_seconds"], [closed], "closed at")
        let utilization = json["utilization"]
        Self.expect(utilization?["readers"], [readers / (Double(scenario.readers) * closed)], "reader utilization", within: Estimate.fraction)
        Self.expect(utilization?["desks"], [desks / (Double(scenario.desks) * closed)], "desk utilization", within: Estimate.fraction)

        // The table prints the same numbers, rounded: counts whole, minutes and percentages
        // to one decimal.
        let table = try LabBinary.run(["run", "desk-only.toml", "--seed", "3", "--lang", "en"], in: dir).stdout
        let fold = replications[0].fold
        func cell(_ value: Double, digits: Int = 1) -> String {
            let text = String(format: "%.\(digits)f", value)
            return String(repeating: " ", count: max(1, 13 - text.count)) + text
        }
        let waitRow = [Self.mean(fold.waits)] + [50.0, 90, 95].map { Self.percentile(fold.waits, $0) }
            + [Double(Self.reference(fold.waits).max) / 1000]
        for line in [cell(Double(fold.counted), digits: 0) + "  arrived",
                     cell(Double(fold.served), digits: 0) + "  served",
                     cell(Double(fold.reneged), digits: 0) + "  left before being served",
                     waitRow.map { cell($0 / 60) }.joined() + "  all patients",
                     cell(100 * readers / (Double(scenario.readers) * closed)) + "  % card readers busy",
                     cell(100 * desks / (Double(scenario.desks) * closed)) + "  % desk staff busy"] {
            #expect(table.split(separator: "\n").contains { $0 == line }, "no line \"\(line)\" in\n\(table)")
        }
    }
}
