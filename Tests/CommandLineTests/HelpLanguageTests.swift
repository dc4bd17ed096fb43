import Foundation
import MadoguchiDesk
import Testing

/// `--help` follows the locale: Japanese under LANG=ja_JP.UTF-8, English under LANG=C.UTF-8, and
/// English in ASCII under a locale without UTF-8 (where the man pages are made).
@Suite struct HelpLanguageTests {
    static let commands: [[String]] = [[], ["desk"], ["run"], ["scenarios"], ["compare"], ["sweep"], ["export"],
                                       ["merge"], ["report"], ["fit"]]

    /// Only PATH and LANG, so no LC_ALL or LC_MESSAGES of the test's own environment decides.
    static func help(_ command: [String], lang: String) throws -> Binary.Result {
        var environment = ["LANG": lang]
        environment["PATH"] = ProcessInfo.processInfo.environment["PATH"]
        return try Binary.run(command + ["--help"], environment: environment)
    }

    /// The OVERVIEW paragraph: the abstract, which ArgumentParser may wrap over several lines.
    static func overview(_ help: String) -> String {
        let paragraph = help.components(separatedBy: "\n\n").first ?? ""
        return paragraph.hasPrefix("OVERVIEW:") ? paragraph : ""
    }

    static func hasJapanese(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            (0x3040...0x30FF).contains(scalar.value) || (0x4E00...0x9FFF).contains(scalar.value)
        }
    }

    @Test(arguments: commands) func helpFollowsTheLocale(_ command: [String]) throws {
        let ja = try Self.help(command, lang: "ja_JP.UTF-8")
        let en = try Self.help(command, lang: "C.UTF-8")
        #expect(ja.status == 0, "\(ja.stderr)")
        #expect(en.status == 0, "\(en.stderr)")
        let jaOverview = Self.overview(ja.stdout), enOverview = Self.overview(en.stdout)
        #expect(Self.hasJapanese(jaOverview), "\(jaOverview)")
        #expect(!enOverview.isEmpty)
        // The program's name is 窓口 in either language.
        #expect(!Self.hasJapanese(enOverview.replacingOccurrences(of: "(窓口)", with: "")), "\(enOverview)")
    }

    @Test func deskHelpListsTheKeysInTheLocalesLanguageOnly() throws {
        let ja = try Self.help(["desk"], lang: "ja_JP.UTF-8").stdout
        let en = try Self.help(["desk"], lang: "C.UTF-8").stdout
        #expect(ja.contains("\nキー\n"))
        #expect(ja.contains("L: 日本語と英語を切り替える"))
        #expect(!ja.contains("\nKEYS\n"))
        #expect(en.contains("\nKEYS\n"))
        #expect(en.contains("L: switch between Japanese and English"))
        #expect(!en.contains("キー"))
    }

    @Test func lcAllComesBeforeLang() throws {
        var environment = ["LANG": "C.UTF-8", "LC_ALL": "ja_JP.UTF-8"]
        environment["PATH"] = ProcessInfo.processInfo.environment["PATH"]
        let result = try Binary.run(["run", "--help"], environment: environment)
        #expect(result.status == 0)
        #expect(Self.hasJapanese(Self.overview(result.stdout)))
    }

    /// Folding to ASCII never has to guess: every character of the English help is ASCII or
    /// has a look-alike (otherwise the man page would show "?" where the help shows it).
    @Test(arguments: commands) func englishHelpHasAnASCIILookalikeForEveryCharacter(_ command: [String]) throws {
        let en = try Self.help(command, lang: "C.UTF-8").stdout
        let strays = en.filter { !$0.isASCII && ASCIILookalikes.table[String($0)] == nil }
        #expect(strays.isEmpty, "\(command): \(strays)")
    }

    @Test(arguments: ["C", "POSIX", "ja_JP.eucJP", ""]) func helpUnderALocaleWithoutUTF8IsEnglishInASCII(_ lang: String) throws {
        for command in Self.commands {
            let result = try Self.help(command, lang: lang)
            #expect(result.status == 0, "\(command): \(result.stderr)")
            #expect(!Self.overview(result.stdout).isEmpty, "\(command)")
            #expect(result.stdout.allSatisfy { $0.isASCII }, "\(command) under LANG=\(lang)")
        }
        let desk = try Self.help(["desk"], lang: lang).stdout
        #expect(desk.contains("at least 80x24"))
        #expect(desk.contains("1-7: real time, x2, x5, x10, x30, x60, flat out"))
        #expect(desk.contains("\nKEYS\n"))
    }
}
