/// The bottom row: the keys that matter most, or the prompt of a key that waits for a digit.
enum KeyHelpView {
    static func draw(_ state: DeskState, in rect: Rect, into buffer: inout CellBuffer) {
        let language = state.language
        buffer.fill(rect, role: .keyHelp)
        if state.choosingReader {
            buffer.put(" " + UIText.promptReaderNumber.text(language, String(state.scene.readers.count)), in: rect,
                       ellipsis: state.glyphs.ellipsis, role: .accent)
            return
        }
        if let notice = state.notice, !CoachView.isCoaching(notice) {
            buffer.put(" " + notice.text.text(language), in: rect, ellipsis: state.glyphs.ellipsis,
                       role: notice.kind == .refused ? .warning : .accent)
            return
        }
        let middle: [(String, UIText)]
        if state.tape != nil {
            middle = [("] [", .actionSeekQuestion), ("} {", .actionSeekMinutes)]
        } else if state.trainee == nil {
            middle = [("m", .actionTakeOver), ("b", .actionReader), ("n", .actionNetwork), ("i/w/k", .actionFaults)]
        } else {
            middle = [("a-j", .actionAnswer), ("Tab", .actionNextQuestion), ("m", .actionGiveBack),
                      ("b", .actionReader), ("n", .actionNetwork), ("i/w/k", .actionFaults)]
        }
        let actions: [(String, UIText)] = [("Space", .actionPause), ("+/-", .actionSpeed)] + middle + [
            ("L", .actionLanguage), ("t", .actionTheme), ("?", .actionHelp), ("q", .actionQuit),
        ]
        let keys = actions.map { ($0.0, $0.1.text(language)) }
        buffer.spans(spans(fitting(keys, width: rect.width, ambiguous: state.ambiguousWidth)), in: rect, row: 0)
    }

    /// Wide spacing if it fits, then narrow; then keys are left out from the middle, so
    /// help and quit always stay.
    static func fitting(_ keys: [(String, String)], width: Int,
                        ambiguous: AmbiguousWidth = .narrow) -> (keys: [(String, String)], gap: String) {
        var keys = keys
        while true {
            for gap in ["  ", " "] {
                let total = keys.reduce(1) {
                    $0 + DisplayWidth.of($1.0, ambiguous: ambiguous) + 1 + DisplayWidth.of($1.1, ambiguous: ambiguous) + gap.count
                }
                if total <= width || keys.count <= 2 { return (keys, gap) }
            }
            keys.remove(at: keys.count - 3)
        }
    }

    static func spans(_ fitted: (keys: [(String, String)], gap: String)) -> [(String, Role)] {
        var spans: [(String, Role)] = [(" ", .keyHelp)]
        for (key, action) in fitted.keys {
            spans.append((key, .accent))
            spans.append((" " + action + fitted.gap, .keyHelp))
        }
        return spans
    }
}
