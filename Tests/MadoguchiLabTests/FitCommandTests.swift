import Foundation
import MadoguchiSim
import Testing
@testable import MadoguchiLab

/// `madoguchi fit` through the real binary.
@Suite struct FitCommandTests {
    @Test func printsTheTableAndTheLineToPaste() throws {
        let dir = temporaryDirectory()
        var rng = Xoshiro256(seed: 31)
        let values = FitDesign.draw(.lognormal(median: 60, p90: 150), count: 400, &rng)
        let csv = "patient,desk_seconds\n" + values.enumerated().map { "\($0),\($1)" }.joined(separator: "\n") + "\n"
        try csv.write(toFile: dir + "/study.csv", atomically: true, encoding: .utf8)
        let en = try LabBinary.run(["fit", "study.csv", "--column", "desk_seconds", "--lang", "en"], in: dir)
        #expect(en.status == 0, "\(en.stderr)")
        let lines = en.stdout.split(separator: "\n")
        #expect(lines.first == "study.csv, column 'desk_seconds': 400 durations in seconds")
        #expect(lines.filter { $0.contains(": median = ") || $0.contains(": shape = ") || $0.contains(": mean = ") }.count == 3)
        // The values printed read back exactly, so the line is the fit's own.
        let best = FitComparison(try #require(DurationSample(values))).best
        #expect(lines.last.map(String.init) == best.scenarioLine)
        let ja = try LabBinary.run(["fit", "study.csv", "--column", "desk_seconds", "--lang", "ja"], in: dir)
        #expect(ja.stdout.contains("AIC で最良: \(best.family.rawValue)"))
        #expect(ja.stdout.split(separator: "\n").last == lines.last)
    }

    @Test func badInputIsOneLineAndStatus2() throws {
        let dir = temporaryDirectory()
        try "id,secs\n1,12\n2,abc\n".write(toFile: dir + "/bad.csv", atomically: true, encoding: .utf8)
        let result = try LabBinary.run(["fit", "bad.csv", "--column", "secs", "--lang", "en"], in: dir)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "madoguchi: bad.csv:3: column 'secs': 'abc' is not a number. Accepted: a duration in seconds, like 42 or 42.5 (an empty field is skipped).\n")
        let missing = try LabBinary.run(["fit", "bad.csv", "--column", "seconds", "--lang", "ja"], in: dir)
        #expect(missing.status == 2)
        #expect(missing.stderr == "madoguchi: bad.csv:1: 'seconds' という列はありません。指定できる列: 'id', 'secs'\n")
    }
}
