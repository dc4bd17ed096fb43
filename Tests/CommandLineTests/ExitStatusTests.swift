import Foundation
import Testing

/// Exit statuses as README.md and `madoguchi --help` document them: 2 and one line for any
/// bad command line, whichever part of the program refuses it. (130, 143 and 129 for
/// interrupts are tested with real signals in DeskEndToEndTests and InterruptTests.)
@Suite struct ExitStatusTests {
    static let badCommandLines: [(arguments: [String], says: String)] = [
        (["run", "--no-such-option"], "Unknown option '--no-such-option'"),
        (["no-such-command", "x"], "Unexpected argument 'x'"),
        (["run", "--shard", "5/4"], "give i/n with 1 ≤ i ≤ n"),
        (["run", "--replications", "0"], "from 1 to 1000000"),
        (["run", "--seed", "18446744073709551616"], "give a whole number from 0 to 18446744073709551615"),
        (["desk", "--seed", "-1"], "give a whole number from 0 to 18446744073709551615"),
        (["sweep", "default", "--set", "staff.desks=1,2", "--threads", "0"], "from 1 to 1024"),
        (["run", "--format", "xml"], "'table', 'json' or 'csv'"),
        (["desk", "--speed", "7"], "give one of 0, 1, 2, 5, 10, 30, 60, max"),
        (["replay", "--speed", "fast"], "give one of 0, 1, 2, 5, 10, 30, 60, max"),
        (["train", "--speed", "0"], "--speed 0 (paused) is for the desk"),
        (["train", "--exam", "--coach"], "--exam and --coach exclude each other"),
        (["compare", "default", "default", "--replications", "1"], "at least 2"),
        (["sweep", "default"], "give at least one --set"),
        (["fit", "d.csv"], "Missing expected argument '--column <NAME>'"),
    ]

    @Test func aBadCommandLineEndsWithOneLineAndStatusTwo() throws {
        for (arguments, says) in Self.badCommandLines {
            let result = try Binary.run(arguments + ["--lang", "en"], environment: ["LANG": "C"])
            #expect(result.status == 2, "\(arguments): \(result.status) \(result.stderr)")
            #expect(result.stderr.hasPrefix("madoguchi: "), "\(arguments): \(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains(says), "\(arguments): \(result.stderr)")
            #expect(result.stdout.isEmpty, "\(arguments)")
        }
    }

    @Test func theHintNamesTheSubcommandInTheChosenLanguage() throws {
        let en = try Binary.run(["run", "--bogus", "--lang", "en"], environment: ["LANG": "C"])
        #expect(en.stderr.hasSuffix("(see madoguchi run --help)\n"), "\(en.stderr)")
        let ja = try Binary.run(["run", "--bogus", "--lang", "ja"], environment: ["LANG": "C"])
        #expect(ja.stderr.hasSuffix("(オプションの一覧: madoguchi run --help)\n"), "\(ja.stderr)")
        let own = try Binary.run(["run", "--shard", "0/2"], environment: ["LANG": "ja_JP.UTF-8"])
        #expect(own.stderr.contains("i/n(1 ≤ i ≤ n)の形で指定してください"), "the value's own message follows the locale: \(own.stderr)")
    }

    @Test func helpAndVersionEndWithZero() throws {
        for arguments in [["--help"], ["run", "--help"], ["--version"], ["help", "sweep"]] {
            let result = try Binary.run(arguments, environment: ["LANG": "C"])
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            #expect(!result.stdout.isEmpty)
        }
        let help = try Binary.run(["--help"], environment: ["LANG": "C"])
        for status in ["0 ", "1 ", "2 ", "130 "] { #expect(help.stdout.contains("\n  " + status), "EXIT STATUS lists \(status)") }
    }
}
