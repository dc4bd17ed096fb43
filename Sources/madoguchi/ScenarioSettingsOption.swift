import ArgumentParser

/// `--set KEY=VALUE` (repeatable) wherever one scenario is taken: `run`, `desk`, `train`.
/// The values are read by `ScenarioArgument.overrides`, as `compare`'s `--set-a`/`--set-b`.
struct ScenarioSettingsOption: ParsableArguments {
    @Option(name: .customLong("set"), help: ArgumentHelp(help(
        en: "Override a key of the scenario: KEY=VALUE (repeatable), e.g. staff.readers=1.",
        ja: "シナリオのキーを上書きします: KEY=VALUE(複数指定可)。\n例: staff.readers=1"), valueName: "KEY=VALUE"))
    var texts: [String] = []
}
