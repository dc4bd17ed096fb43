import MadoguchiClinic

/// Every key the desk understands, over the desk, opened and closed with ?.
package enum HelpOverlay {
    static let lines: [UIText] = [
        .helpPause, .helpSpeed, .helpSpeedPresets, .helpHandOver, .helpAnswer, .helpNextQuestion, .helpReplaySeek, .helpReader, .helpNetwork, .helpFaultInvalid,
        .helpFaultWrongPerson, .helpFaultName, .helpLanguage, .helpTheme, .helpLog, .helpHelp, .helpBack, .helpQuit,
    ]

    /// The same lines for `madoguchi desk --help`, so the two never disagree.
    package static func keyLines(_ language: Language) -> [String] {
        lines.map { $0.text(language) }
    }

    static func draw(_ state: DeskState, in screen: Rect, into buffer: inout CellBuffer) {
        let language = state.language
        let texts = lines.map { $0.text(language) }
        let widest = texts.map { state.columns($0) }.max() ?? 0
        let width = min(screen.width - 2, widest + 4)
        let height = min(screen.height - 2, texts.count + 4)
        let rect = Rect(x: screen.x + (screen.width - width) / 2, y: screen.y + (screen.height - height) / 2,
                        width: width, height: height)
        let inner = buffer.box(rect, glyphs: state.glyphs, title: UIText.panelHelp.text(language), role: .accent)
        buffer.fill(inner, role: .surface)
        let content = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
        for (row, text) in texts.enumerated() where row < content.height - 2 {
            buffer.put(text, in: content, row: row, ellipsis: state.glyphs.ellipsis, role: .text)
        }
        buffer.put(UIText.helpClose.text(language), in: content, row: content.height - 1, alignment: .right,
                   ellipsis: state.glyphs.ellipsis, role: .muted)
    }
}
