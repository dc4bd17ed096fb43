import MadoguchiClinic

/// The coach's word on the last decision: whether it was right, and the procedure with its
/// reason. The verdict is written out, so nothing depends on colour alone.
enum CoachView {
    static func draw(_ notice: Notice, _ state: DeskState, in rect: Rect, into buffer: inout CellBuffer) {
        let language = state.language
        let role: Role = switch notice.kind {
        case .correct: .ok
        case .acceptable: .warning
        case .mistake: .error
        case .refused, .info: .accent
        }
        let inner = buffer.box(rect, glyphs: state.glyphs, title: UIText.panelCoach.text(language), role: role)
        buffer.fill(inner, role: .surface)
        let content = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 1, height: inner.height)
        let lines = TextFit.wrap(notice.text.text(language), to: content.width)
        for (row, line) in lines.enumerated() where row < content.height {
            // A cut-off explanation ends with an ellipsis, so the reader knows there was more.
            let cut = row == content.height - 1 && lines.count > content.height
            let ellipsis = state.glyphs.ellipsis
            let shown = cut ? TextFit.prefix(line, columns: content.width - DisplayWidth.of(ellipsis)) + ellipsis : line
            buffer.put(shown, in: content, row: row, ellipsis: ellipsis, role: row == 0 ? role : .text)
        }
    }

    /// Notices the coach panel shows; short ones go to the key line.
    static func isCoaching(_ notice: Notice) -> Bool {
        switch notice.kind {
        case .correct, .acceptable, .mistake: true
        case .refused, .info: false
        }
    }
}
