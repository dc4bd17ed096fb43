import ArgumentParser
import Foundation
import MadoguchiClinic
import MadoguchiDesk
import MadoguchiLab
import MadoguchiTerminal

struct DeskCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        let keys = HelpOverlay.keyLines(helpLanguage).map { "  " + $0 }.joined(separator: "\n")
        let themes = Theme.builtinNames.joined(separator: ", ")
        return CommandConfiguration(
            commandName: "desk",
            abstract: help(en: "Open the live reception desk (the default).",
                           ja: "受付窓口をライブ表示します(既定のコマンド)。"),
            discussion: help(en: """
                A live view of the desk with the autopilot handling patients: the waiting room, \
                the card readers as their screens show it, the desk window, live statistics and \
                the event log. A presenter changes the speed and injects faults while it runs. \
                Needs a terminal of at least 80×24 with a UTF-8 locale (without one it draws \
                ASCII-only English, as --ascii does). NO_COLOR turns colour off. A terminal that \
                draws ambiguous characters two cells wide (xterm -cjk_width, "ambiguous width: \
                wide") is detected at start-up, or named with --ambiguous-width wide; borders \
                and bars are then drawn in ASCII so every panel stays aligned.

                KEYS
                \(keys)

                THEMES
                  Built in: \(themes).
                  Or the path of a theme file; Themes/*.toml show the roles and colours it may set.

                EXAMPLES
                  madoguchi
                  madoguchi desk monday-rush --speed 30 --lang en
                  madoguchi desk reader-outage --theme high-contrast
                  madoguchi desk reader-outage --set staff.readers=1
                  madoguchi desk --theme ./my-theme.toml --seed 7
                  madoguchi desk --ascii
                  madoguchi desk --ambiguous-width wide
                """, ja: """
                自動操作で患者に対応する受付窓口をライブ表示します。待合室、カードリーダー
                (画面の表示そのまま)、受付窓口、リアルタイムの統計、ログが並びます。
                発表者は実行中に速度を変えたり、トラブルを起こしたりできます。80×24 以上の
                端末と UTF-8 のロケールが必要です(UTF-8 でない場合は --ascii と同じく
                ASCII 文字だけの英語で表示します)。NO_COLOR を設定すると色を付けません。
                曖昧幅の文字を 2 桁で表示する端末(xterm -cjk_width など)は起動時に検出するか、
                --ambiguous-width wide で指定します。その場合、罫線とバーは ASCII で描き、
                各パネルの桁をそろえます。

                キー
                \(keys)

                テーマ
                  組み込み: \(themes)
                  テーマファイルのパスも指定できます。設定できる役割と色は Themes/*.toml を
                  参照してください。

                例
                  madoguchi
                  madoguchi desk monday-rush --speed 30 --lang en
                  madoguchi desk reader-outage --theme high-contrast
                  madoguchi desk reader-outage --set staff.readers=1
                  madoguchi desk --theme ./my-theme.toml --seed 7
                  madoguchi desk --ascii
                  madoguchi desk --ambiguous-width wide
                """)
        )
    }

    @Argument(help: ArgumentHelp(help(
        en: "A built-in scenario name (see `madoguchi scenarios`) or a scenario file. Default: default.",
        ja: "組み込みシナリオ名(一覧は `madoguchi scenarios`)\nまたはシナリオファイル。既定値: default")),
              completion: Completions.scenarios)
    var scenario: String?

    @OptionGroup var settings: ScenarioSettingsOption

    @OptionGroup var seedOption: SeedOption

    @Option(help: ArgumentHelp(help(en: "Colour theme: \(Theme.builtinNames.joined(separator: ", ")), or a .toml file.",
                                    ja: "配色テーマ: \(Theme.builtinNames.joined(separator: ", "))\nまたは .toml ファイル。")),
            completion: Completions.themes)
    var theme = "default"

    @Option(help: ArgumentHelp(help(en: "Starting speed: 0 (paused), 1, 2, 5, 10, 30, 60 or max.",
                                    ja: "開始時の速度: 0(一時停止)、1、2、5、10、30、60、max\nのいずれか。")),
            transform: StartSpeed.parse)
    var speed = StartSpeed(name: "10")

    @Flag(help: ArgumentHelp(help(
        en: "Draw with ASCII only, in English: for a terminal or a projector machine without Japanese fonts.",
        ja: "ASCII 文字だけで、英語で表示します\n(日本語フォントのない端末やプロジェクター用 PC 向け)。")))
    var ascii = false

    @OptionGroup var recording: SessionRecordOption

    @OptionGroup var ambiguousWidth: AmbiguousWidthOption

    @OptionGroup var language: LanguageOption

    func run() throws {
        let messages = DeskLauncher.messageLanguage(language.value)
        let scenario = try ScenarioArgument.load(scenario, language: messages, settings: settings.texts)
        let info = SessionInfo(mode: .desk, lesson: nil, scenario: scenario, seed: seedOption.value(for: scenario),
                               programVersion: MadoguchiVersion.string, trainee: nil, feedback: nil, language: language.value)
        let keeper = try SessionKeeper(recording.destination, info: info, language: messages)
        try DeskLauncher.run(theme: theme, ascii: ascii, ambiguousWidth: ambiguousWidth.value, language: language.value,
                             keeper: keeper) { terminal, palette in
            DeskState(scenario: scenario, seed: seedOption.value(for: scenario), language: language.value,
                      asciiOnly: terminal.asciiOnly, ambiguousWidth: terminal.ambiguousWidth, themeName: palette.name,
                      speed: speed.speed, paused: speed.paused, width: terminal.width, height: terminal.height)
        }
    }
}
