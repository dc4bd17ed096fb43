import Foundation
import Testing
@testable import MadoguchiLab

/// The lab's commands through the real binary.
@Suite struct CommandTests {
    @Test func shardedRunsMergeIntoTheUnshardedRun() throws {
        let dir = temporaryDirectory()
        let common = ["run", "quiet-weekday", "--replications", "9", "--seed", "5", "--quiet"]
        #expect(try LabBinary.run(common + ["--record", "whole.sqlite", "--threads", "1"], in: dir).status == 0)
        for i in 1...3 {
            #expect(try LabBinary.run(common + ["--record", "s\(i).sqlite", "--shard", "\(i)/3", "--threads", "2"], in: dir).status == 0)
        }
        let merge = try LabBinary.run(["merge", "merged.sqlite", "s1.sqlite", "s2.sqlite", "s3.sqlite"], in: dir)
        #expect(merge.status == 0, "\(merge.stderr)")
        let whole = try Recording.openForReading(dir + "/whole.sqlite")
        let merged = try Recording.openForReading(dir + "/merged.sqlite")
        #expect(try merged.replicationRows(run: 1) == whole.replicationRows(run: 1))
        #expect(try merged.patientRows(run: 1) == whole.patientRows(run: 1))
        #expect(try merged.runs()[0].scenarioHash == whole.runs()[0].scenarioHash)

        let missing = try LabBinary.run(["merge", "m2.sqlite", "s1.sqlite", "s3.sqlite"], in: dir)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("lacks 3 of its 9 replications"))

        let export = try LabBinary.run(["export", "merged.sqlite", "--csv", "csv"], in: dir)
        #expect(export.status == 0)
        let lines = try String(contentsOfFile: dir + "/csv/replications.csv", encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 10)
    }

    @Test func compareWithItselfAndWithOneMoreDesk() throws {
        let dir = temporaryDirectory()
        let same = try LabBinary.run(["compare", "monday-rush", "monday-rush", "--replications", "10", "--quiet"], in: dir)
        #expect(same.status == 0)
        #expect(same.stdout.contains("No clear difference in the mean wait"))
        let desk = try LabBinary.run(["compare", "monday-rush", "monday-rush", "--set-b", "staff.desks=3", "--replications", "20", "--quiet"], in: dir)
        #expect(desk.stdout.contains("B cuts the mean wait by"), "\(desk.stdout)")
    }

    @Test func sweepPrintsCSVAndRefusesABadKey() throws {
        let dir = temporaryDirectory()
        let sweep = try LabBinary.run(["sweep", "quiet-weekday", "--set", "staff.desks=1,2", "--set", "staff.readers=1,2",
                                       "--replications", "3", "--csv", "-", "--quiet"], in: dir)
        #expect(sweep.status == 0, "\(sweep.stderr)")
        let lines = sweep.stdout.split(separator: "\n")
        #expect(lines.count == 5)
        #expect(lines[0].hasPrefix("staff.desks,staff.readers,seed,replications,mean_wait_min_mean,"))
        #expect(lines[4].hasPrefix("2,2,"))
        let cards = try LabBinary.run(["sweep", "quiet-weekday", "--set", "mix.path.myna_card=0.1,0.8", "--replications", "3", "--csv", "-", "--quiet"], in: dir)
        #expect(cards.status == 0, "\(cards.stderr)")
        let usage = cards.stdout.split(separator: "\n").dropFirst().map { line -> Double in
            let fields = line.split(separator: ",")
            let header = cards.stdout.split(separator: "\n")[0].split(separator: ",")
            return Double(fields[header.firstIndex(of: "usage_rate_pct_mean")!])!
        }
        #expect(usage.count == 2 && usage[0] < usage[1], "a larger card share raises the usage rate")
        let bad = try LabBinary.run(["sweep", "quiet-weekday", "--set", "staff.deskz=1,2"], in: dir)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("staff.deskz"))
    }

    @Test func refusesToRecordIntoAForeignFile() throws {
        let dir = temporaryDirectory()
        try "keep me\n".write(toFile: dir + "/notes.txt", atomically: true, encoding: .utf8)
        let result = try LabBinary.run(["run", "quiet-weekday", "--record", "notes.txt"], in: dir)
        #expect(result.status == 2)
        #expect(result.stderr.contains("not a Madoguchi recording"))
        #expect(try String(contentsOfFile: dir + "/notes.txt", encoding: .utf8) == "keep me\n")
    }
}

@Suite struct ProgressTests {
    @Test func silentWhenStandardErrorIsNotATerminal() throws {
        let dir = temporaryDirectory()
        let result = try LabBinary.run(["run", "quiet-weekday", "--replications", "40", "--record", "r.sqlite"], in: dir)
        #expect(result.status == 0)
        #expect(result.stderr == "", "nothing at all on a standard error that is a file")
    }

    /// The other side, or the silence above proves nothing: on a terminal (script(1) gives
    /// the program a pseudo-terminal) the line is shown, rewritten with \r, and --quiet
    /// hides it.
    @Test func shownOnATerminalUnlessQuiet() throws {
        func onATerminal(_ arguments: [String]) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
            let command = ([LabBinary.url.path] + arguments).map { "'\($0)'" }.joined(separator: " ")
            process.arguments = ["-q", "-e", "-c", command, "/dev/null"]
            let output = Pipe()
            process.standardOutput = output
            process.standardInput = FileHandle.nullDevice
            try process.run()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
            return String(decoding: data, as: UTF8.self)
        }
        let shown = try onATerminal(["run", "quiet-weekday", "--replications", "40", "--lang", "en"])
        #expect(shown.contains("\r40/40 replications, "), "\(shown.prefix(200))")
        #expect(shown.contains("Wait before the desk"))
        let quiet = try onATerminal(["run", "quiet-weekday", "--replications", "40", "--lang", "en", "--quiet"])
        #expect(!quiet.contains("replications, ") && quiet.contains("Wait before the desk"), "\(quiet.prefix(200))")
    }
}
