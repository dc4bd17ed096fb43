/// The loaders the fuzzers drive, each as one function of the input bytes. A harness in
/// Fuzz/Harnesses hands libFuzzer's input to one of them; FuzzRegressionTests replays every
/// file of Fuzz/Regressions/<name> through the same function, so a crash once found stays
/// fixed. Each function traps (`check`) when the loader breaks its promise: a file is
/// either read, or refused with a message that names it, in both languages.
package enum FuzzTarget: String, CaseIterable, Sendable {
    case scenario
    case theme
    case override
    case recording
    case lesson

    package func run(_ bytes: [UInt8]) {
        switch self {
        case .lesson: LessonFuzzing.run(bytes)
        case .scenario: ScenarioFuzzing.run(bytes)
        case .theme: ThemeFuzzing.run(bytes)
        case .override: OverrideFuzzing.run(bytes)
        case .recording: RecordingFuzzing.run(bytes)
        }
    }
}

/// A broken promise: stop here, so libFuzzer keeps the input as a crash.
func check(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() { fatalError(message()) }
}

/// A refusal must name the file it is about at the start of both messages.
func checkNames(_ origin: String, en: String, ja: String) {
    check(en.hasPrefix(origin) && ja.hasPrefix(origin), "message does not name \(origin): \(en) / \(ja)")
    check(en.contains("Accepted: ") && ja.contains("指定できるもの: "), "message does not say what is accepted: \(en) / \(ja)")
}
