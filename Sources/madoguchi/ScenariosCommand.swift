import ArgumentParser
import Foundation
import MadoguchiClinic

struct ScenariosCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "scenarios",
            abstract: help(en: "List the built-in scenarios.", ja: "組み込みシナリオを一覧表示します。"),
            discussion: help(en: """
                Any of these names can be given where a SCENARIO is expected; so can the path of a \
                scenario file (see docs/scenario-format.md). `--show NAME` prints one scenario's TOML, \
                a good start for a scenario of your own.
                """, ja: """
                SCENARIO を指定する箇所には、これらの名前のほか、シナリオファイルのパスも
                指定できます(docs/scenario-format.md を参照)。`--show NAME` はシナリオ
                1 つの TOML を表示します。独自のシナリオを作るときのひな形に使えます。
                """)
        )
    }

    @Option(name: .long, help: ArgumentHelp(help(en: "Print this built-in scenario's TOML text.",
                                                 ja: "指定した組み込みシナリオの TOML を表示します。")),
            completion: Completions.scenarios)
    var show: String?

    @OptionGroup var language: LanguageOption

    func run() throws {
        if let name = show {
            guard let text = BuiltinScenarios.texts[name] else {
                // Bad input: one line and status 2, as for a bad scenario file.
                let names = ScenarioLoader.builtinNames.joined(separator: ", ")
                FileHandle.standardError.write(Data(("madoguchi: " + language.text(
                    en: "no built-in scenario named '\(name)'; accepted: \(names)",
                    ja: "組み込みシナリオ '\(name)' はありません。指定できる名前: \(names)") + "\n").utf8))
                throw ExitCode(2)
            }
            print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
            return
        }
        let width = ScenarioLoader.builtins.map(\.name.count).max() ?? 0
        for builtin in ScenarioLoader.builtins {
            let padding = String(repeating: " ", count: width - builtin.name.count)
            print("\(builtin.name)\(padding)  \(language.value == .ja ? builtin.titleJa : builtin.title)")
        }
    }
}
