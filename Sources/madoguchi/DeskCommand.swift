import ArgumentParser
import Foundation
import MadoguchiClinic
import MadoguchiDesk
import MadoguchiTerminal

struct DeskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "desk",
        abstract: "Open the live reception desk (the default). / 受付窓口をライブ表示(既定のコマンド)。",
        discussion: """
            A live view of the desk with the autopilot handling patients: the waiting room, \
            the card readers as their screens show it, the desk window, live statistics and \
            the event log. A presenter changes the speed and injects faults while it runs. \
            Needs a terminal of at least 80×24 with a UTF-8 locale (without one it draws \
            ASCII-only English). NO_COLOR turns colour off.

            KEYS
            \(HelpOverlay.keyLines(.en).map { "  " + $0 }.joined(separator: "\n"))

            キー
            \(HelpOverlay.keyLines(.ja).map { "  " + $0 }.joined(separator: "\n"))

            THEMES
              Built in: \(Theme.builtinNames.joined(separator: ", ")).
              Or the path of a theme file; Themes/*.toml show the roles and colours it may set.

            EXAMPLES
              madoguchi
              madoguchi desk monday-rush --speed 30 --lang en
              madoguchi desk reader-outage --theme high-contrast
              madoguchi desk --theme ./my-theme.toml --seed 7
            """
    )

    @Argument(help: "A built-in scenario name (see `madoguchi scenarios`) or a scenario file. Default: default.")
    var scenario: String?

    @Option(help: "Seed of the random streams (default: the scenario's seed).")
    var seed: UInt64?

    @Option(help: "Colour theme: \(Theme.builtinNames.joined(separator: ", ")), or a .toml file.")
    var theme = "default"

    @Option(help: "Starting speed: 0 (paused), 1, 2, 5, 10, 30, 60 or max.")
    var speed = "10"

    @OptionGroup var language: LanguageOption

    static let speeds: [String: Speed] = [
        "1": .times(1), "2": .times(2), "5": .times(5), "10": .times(10), "30": .times(30), "60": .times(60),
        "max": .maximum, "0": .times(10),
    ]

    func validate() throws {
        guard Self.speeds[speed] != nil else {
            throw ValidationError(language.text(
                en: "--speed must be one of 0, 1, 2, 5, 10, 30, 60, max; got '\(speed)'",
                ja: "--speed は 0, 1, 2, 5, 10, 30, 60, max のどれかで指定してください(指定値: '\(speed)')"))
        }
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let messages = DeskLoop.messageLanguage(language.value, environment: environment)
        let palette: Theme
        do {
            palette = try Theme.load(nameOrPath: theme)
        } catch {
            DeskLoop.complain(error.message(messages))
            throw ExitCode(2)
        }
        let scenario = try ScenarioArgument.load(scenario, language: messages)
        let terminal: Terminal
        do {
            terminal = try Terminal(environment: environment)
        } catch {
            DeskLoop.complain(error.message(messages))
            throw ExitCode(1)
        }
        var state = DeskState(
            scenario: scenario, seed: seed ?? scenario.seed, language: language.value, asciiOnly: terminal.asciiOnly,
            themeName: palette.name, speed: Self.speeds[speed] ?? .times(10), paused: speed == "0",
            width: terminal.width, height: terminal.height)
        DeskLoop.run(&state, terminal: terminal, theme: palette)
    }
}
