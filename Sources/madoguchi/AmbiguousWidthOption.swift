import ArgumentParser
import MadoguchiDesk

/// `--ambiguous-width narrow|wide`, shared by the commands that open the desk; without it
/// the terminal is asked at start-up.
struct AmbiguousWidthOption: ParsableArguments {
    @Option(name: .customLong("ambiguous-width"), help: ArgumentHelp(help(
        en: "How wide the terminal draws East Asian ambiguous characters (box drawing, ● and the like): narrow or wide. Default: asked of the terminal at start-up.",
        ja: "東アジアの曖昧幅文字(罫線、●、… など)を端末が何桁で表示するか:\nnarrow(1 桁)または wide(2 桁)。既定値: 起動時に端末に問い合わせる")))
    var value: AmbiguousWidth?
}

extension AmbiguousWidth: ExpressibleByArgument {}
