import Foundation
import MadoguchiTraining
import Testing

/// `--format table|json|csv` on every command that prints results, each format of each.
@Suite struct OutputFormatTests {
    /// Each command, in a directory prepared for it, and a text its table shows.
    static func commands(in dir: String) throws -> [(arguments: [String], table: String)] {
        let values = (1...60).map { 30 + Double($0 * $0 % 97) }
        try ("seconds\n" + values.map { "\($0)" }.joined(separator: "\n") + "\n")
            .write(toFile: dir + "/d.csv", atomically: true, encoding: .utf8)
        let lesson = try LessonLoader.load(nameOrPath: "face-then-pin")
        let played = SessionFixture.play(lesson, trainee: "Sato", seed: 3, choose: SessionFixture.chargesFull)
        try SessionFixture.insert(played, mode: .train, trainee: "Sato", startedAt: "2026-12-01T09:00:00Z", into: dir + "/s.sqlite")
        return [
            (["run", "quiet-weekday", "--replications", "2", "--quiet"], "Wait before the desk"),
            (["sweep", "quiet-weekday", "--set", "staff.desks=1,2", "--replications", "2", "--quiet"], "mean_wait_min"),
            (["compare", "quiet-weekday", "quiet-weekday", "--set-b", "staff.desks=3", "--replications", "3", "--quiet"], "CRN ±"),
            (["sessions", "s.sqlite"], "face-then-pin"),
            (["fit", "d.csv", "--column", "seconds"], "Best by AIC"),
        ]
    }

    /// The header each command's CSV starts with (docs/run-json.md).
    static let csvHeaders = [
        "run": "scenario,seed,replications,key,mean,ci95_low,ci95_high",
        "sweep": "staff.desks,seed,replications,mean_wait_min_mean,",
        "compare": "metric,a_mean,b_mean,difference,ci95_low,ci95_high,independent_half_width,clear",
        "sessions": "id,started_at,finished_at,mode,lesson,scenario,trainee,language,seed,arrived,served,mean_wait_seconds,score,passed,status",
        "fit": "family,aic,delta_aic,ks,parameter,value,ci95_low,ci95_high",
    ]

    @Test func everyCommandPrintsEveryFormat() throws {
        let dir = temporaryDirectory()
        for (arguments, tableText) in try Self.commands(in: dir) {
            let name = arguments[0]
            let table = try LabBinary.run(arguments + ["--lang", "en"], in: dir)
            let explicit = try LabBinary.run(arguments + ["--lang", "en", "--format", "table"], in: dir)
            #expect(table.status == 0 && explicit.status == 0, "\(name): \(table.stderr)")
            #expect(table.stdout.contains(tableText), "\(name): \(table.stdout)")
            #expect(explicit.stdout == table.stdout, "\(name): the table is the default")

            let json = try LabBinary.run(arguments + ["--format", "json"], in: dir)
            #expect(json.status == 0, "\(name): \(json.stderr)")
            let value = try JSONDecoder().decode(JSONValue.self, from: Data(json.stdout.utf8))
            switch value {
            case .object(let members): #expect(members["schema"] != nil, "\(name)")
            case .array(let items): #expect(name == "sessions" && items.count == 1)
            default: Issue.record("\(name): JSON is neither an object nor an array")
            }

            let csv = try LabBinary.run(arguments + ["--format", "csv"], in: dir)
            #expect(csv.status == 0, "\(name): \(csv.stderr)")
            let lines = csv.stdout.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.last == "", "\(name): ends with a newline")
            let header = try #require(lines.first)
            #expect(header.hasPrefix(try #require(Self.csvHeaders[name])), "\(name): \(header)")
            let rows = lines.dropFirst().dropLast()
            #expect(!rows.isEmpty, "\(name)")
            let columns = header.split(separator: ",", omittingEmptySubsequences: false).count
            for row in rows where !row.contains("\"") {
                #expect(row.split(separator: ",", omittingEmptySubsequences: false).count == columns, "\(name): \(row)")
            }
        }
    }

    /// Every estimate of the run's JSON is a row of its CSV, with the same numbers.
    @Test func runCSVHoldsTheJSONsEstimates() throws {
        let dir = temporaryDirectory()
        let arguments = ["run", "reader-outage", "--replications", "3", "--quiet", "--format"]
        let json = try JSONDecoder().decode(JSONValue.self, from: Data(try LabBinary.run(arguments + ["json"], in: dir).stdout.utf8))
        let csv = try LabBinary.run(arguments + ["csv"], in: dir).stdout.split(separator: "\n").dropFirst()
        let estimates = IntervalRangeTests.estimates(json)
        #expect(csv.count == estimates.count)
        for (row, e) in zip(csv, estimates) {
            #expect(row == "Scenarios/reader-outage.toml,1,3,\(e.path.dropFirst()),\(e.mean),\(e.low),\(e.high)")
        }
    }

    @Test func theOldFlagsAreGone() throws {
        let dir = temporaryDirectory()
        for arguments in [["run", "--json"], ["sessions", "--json"], ["sweep", "default", "--set", "staff.desks=1,2", "--csv", "x.csv"]] {
            let result = try LabBinary.run(arguments, in: dir)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.hasPrefix("madoguchi: Unknown option"), "\(arguments): \(result.stderr)")
        }
    }

    @Test func clockTimesAreHoursAndMinutes() throws {
        let dir = temporaryDirectory()
        let result = try LabBinary.run(["run", "quiet-weekday", "--set", "scenario.closing=\"200:00\"", "--format", "json"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONDecoder().decode(JSONValue.self, from: Data(result.stdout.utf8))
        #expect(json["scenario"]?["closing"] == .string("200:00"))
        #expect(json["scenario"]?["opening"] == .string("08:30"))
    }
}
