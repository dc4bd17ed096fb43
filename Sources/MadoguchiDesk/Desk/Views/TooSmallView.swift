/// Shown instead of the desk when the terminal is smaller than the layout needs.
enum TooSmallView {
    static func draw(_ state: DeskState, in screen: Rect, into buffer: inout CellBuffer) {
        let language = state.language
        buffer.fill(screen, role: .background)
        let middle = screen.height / 2
        let ask = UIText.terminalTooSmall.text(language, String(Layout.minimumWidth), String(Layout.minimumHeight))
        let now = UIText.terminalSizeNow.text(language, String(screen.width), String(screen.height))
        buffer.put(ask, in: screen, row: max(0, middle - 1), alignment: .center, ellipsis: state.glyphs.ellipsis, role: .warning)
        buffer.put(now, in: screen, row: middle, alignment: .center, ellipsis: state.glyphs.ellipsis, role: .muted)
    }
}
