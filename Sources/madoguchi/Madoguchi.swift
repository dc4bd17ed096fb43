import ArgumentParser

@main
struct Madoguchi: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "madoguchi",
            abstract: help(
                en: "Madoguchi (窓口): a reception desk of a Japanese clinic in the My Number insurance card transition.",
                ja: "窓口(Madoguchi): マイナ保険証移行期の診療所受付シミュレーター。"),
            discussion: help(en: """
                Trainers drill the desk, presenters show what a broken card reader does to a morning, \
                researchers run wait-time experiments. Patients are synthetic; no personal data is modelled.

                Built-in scenarios: `madoguchi scenarios`. Scenario format: docs/scenario-format.md.
                """, ja: """
                研修担当者は受付業務の練習に、発表者はカードリーダーの故障が朝の受付に
                及ぼす影響の実演に、研究者は待ち時間の実験に使えます。患者はすべて架空で、
                個人情報は扱いません。

                組み込みシナリオの一覧: `madoguchi scenarios`
                シナリオの書式: docs/scenario-format.md
                """),
            version: MadoguchiVersion.string,
            subcommands: [DeskCommand.self, TrainCommand.self, LessonsCommand.self, RunCommand.self, ScenariosCommand.self,
                          CompareCommand.self, SweepCommand.self, ExportCommand.self, MergeCommand.self],
            defaultSubcommand: DeskCommand.self
        )
    }
}
