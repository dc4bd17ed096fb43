import ArgumentParser
import Foundation
import MadoguchiClinic
import MadoguchiDesk
import MadoguchiTerminal

/// What `desk` and `train` share: the theme, the terminal, and the loop. A bad theme ends
/// with exit 2, a terminal that cannot be used with exit 1, each with one message.
enum DeskLauncher {
    static func run(theme: String, ascii: Bool, ambiguousWidth: AmbiguousWidth?, language: Language,
                    debriefPrefix: String? = nil, keeper: SessionKeeper,
                    makeState: (Terminal, Theme) -> DeskState) throws {
        let environment = ProcessInfo.processInfo.environment
        let messages = DeskLoop.messageLanguage(language, environment: environment)
        let palette: Theme
        do {
            palette = try Theme.load(nameOrPath: theme)
        } catch {
            DeskLoop.complain(error.message(messages))
            throw ExitCode(2)
        }
        let terminal: Terminal
        do {
            terminal = try Terminal(environment: environment, ascii: ascii, ambiguousWidth: ambiguousWidth)
        } catch {
            DeskLoop.complain(error.message(messages))
            throw ExitCode(1)
        }
        var state = makeState(terminal, palette)
        keeper.begin()
        if keeper.records { state.startRecording() }
        if let why = keeper.unrecorded { state.tell(why) }
        DeskLoop.run(&state, terminal: terminal, theme: palette, debriefPrefix: debriefPrefix, keeper: keeper)
    }

    /// The language messages before the terminal opens can be written in.
    static func messageLanguage(_ language: Language) -> Language {
        DeskLoop.messageLanguage(language, environment: ProcessInfo.processInfo.environment)
    }
}
