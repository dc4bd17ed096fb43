import ArgumentParser
import MadoguchiClinic
import MadoguchiDesk
import MadoguchiTraining

/// What the shells complete (`--generate-completion-script bash|zsh|fish`): the names the
/// binary holds. A path is typed as it is; the built-ins are what one cannot guess.
enum Completions {
    static var scenarios: CompletionKind { .list(ScenarioLoader.builtinNames) }
    static var lessons: CompletionKind { .list(LessonLoader.builtinNames + ScenarioLoader.builtinNames) }
    static var lessonNames: CompletionKind { .list(LessonLoader.builtinNames) }
    static var themes: CompletionKind { .list(Theme.builtinNames) }
}
