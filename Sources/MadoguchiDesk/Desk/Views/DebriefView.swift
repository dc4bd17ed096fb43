import MadoguchiClinic
import MadoguchiTraining

/// The debrief in place of the desk: the opening question with the answer being typed, then
/// the debrief's four parts, scrolled by the arrow keys.
enum DebriefView {
    static func draw(_ state: DeskState, _ screen: DebriefScreen, into buffer: inout CellBuffer) {
        let language = state.language
        let area = buffer.area
        let (body, keys) = area.splitTop(area.height - 1)
        let inner = buffer.box(body, glyphs: state.glyphs, title: UIText.panelDebrief.text(language), role: .accent)
        buffer.fill(inner, role: .surface)
        let content = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
        buffer.fill(keys, role: .keyHelp)
        if screen.askingReaction {
            drawQuestion(state, screen, in: content, into: &buffer)
            buffer.put(" " + UIText.debriefAnswerKeys.text(language), in: keys, ellipsis: state.glyphs.ellipsis, role: .keyHelp)
            return
        }
        let lines = wrapped(screen.debrief, state, width: content.width)
        let top = min(screen.scroll, max(0, lines.count - content.height))
        for (row, line) in lines.dropFirst(top).prefix(content.height).enumerated() {
            buffer.put(line.text, in: content, row: row, ellipsis: state.glyphs.ellipsis, role: line.role)
        }
        let position = lines.count > content.height ? " (\(top + 1)–\(min(lines.count, top + content.height))/\(lines.count))" : ""
        if let notice = state.notice {
            buffer.put(" " + notice.text.text(language), in: keys, ellipsis: state.glyphs.ellipsis, role: .warning)
        } else {
            buffer.put(" " + UIText.debriefKeys.text(language) + position, in: keys, ellipsis: state.glyphs.ellipsis, role: .keyHelp)
        }
    }

    static func drawQuestion(_ state: DeskState, _ screen: DebriefScreen, in content: Rect, into buffer: inout CellBuffer) {
        let language = state.language
        var row = 0
        for line in TextFit.wrap(UIText.debriefLessonOver.text(language), to: content.width) {
            buffer.put(line, in: content, row: row, role: .title)
            row += 1
        }
        row += 1
        buffer.put(UIText.debriefHowDidItFeel.text(language), in: content, row: row, role: .accent)
        row += 2
        let cursor = state.asciiOnly ? "_" : "▏"
        for line in TextFit.wrap("> " + screen.draft + cursor, to: content.width) where row < content.height {
            buffer.put(line, in: content, row: row, role: .text)
            row += 1
        }
    }

    /// The debrief's lines at this width, each with its theme role.
    static func wrapped(_ debrief: Debrief, _ state: DeskState, width: Int) -> [(text: String, role: Role)] {
        DebriefText.lines(debrief, state.language, asciiOnly: state.asciiOnly).flatMap { line in
            let indent = String(repeating: " ", count: line.indent)
            return TextFit.wrap(line.text, to: max(10, width - line.indent)).map { (indent + $0, role(line.style)) }
        }
    }

    static func role(_ style: DebriefText.Line.Style) -> Role {
        switch style {
        case .title: .title
        case .heading: .accent
        case .text: .text
        case .good: .ok
        case .fair: .warning
        case .bad: .error
        case .muted: .muted
        }
    }
}
