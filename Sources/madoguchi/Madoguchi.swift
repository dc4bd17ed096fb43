import ArgumentParser

@main
struct Madoguchi: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "madoguchi",
        abstract: "Madoguchi (窓口): a reception desk of a Japanese clinic in the My Number insurance card transition.",
        discussion: """
            Trainers drill the desk, presenters show what a broken card reader does to a morning, \
            researchers run wait-time experiments. Patients are synthetic; no personal data is modelled.

            受付窓口のシミュレーター。研修、デモ、待ち時間の実験に使えます。患者はすべて架空です。

            Built-in scenarios: `madoguchi scenarios`. Scenario format: docs/scenario-format.md.
            """,
        version: MadoguchiVersion.string,
        subcommands: [DeskCommand.self, RunCommand.self, ScenariosCommand.self, CompareCommand.self, SweepCommand.self,
                      ExportCommand.self, MergeCommand.self],
        defaultSubcommand: DeskCommand.self
    )
}
