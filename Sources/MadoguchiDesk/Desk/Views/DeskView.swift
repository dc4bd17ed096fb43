/// The whole screen for a state: pure, so golden tests and the benchmark call it directly.
package enum DeskView {
    package static func render(_ state: DeskState) -> CellBuffer {
        render(state, width: state.width, height: state.height)
    }

    package static func render(_ state: DeskState, width: Int, height: Int) -> CellBuffer {
        var buffer = CellBuffer(width: width, height: height, ambiguous: state.ambiguousWidth)
        guard Layout.fits(width: width, height: height) else {
            TooSmallView.draw(state, in: buffer.area, into: &buffer)
            fold(&buffer, state)
            return buffer
        }
        if let screen = state.debrief {
            DebriefView.draw(state, screen, into: &buffer)
            fold(&buffer, state)
            return buffer
        }
        let layout = Layout(width: width, height: height)
        HeaderView.draw(state, in: layout.header, into: &buffer)
        WaitingListView.draw(state, in: layout.waiting, into: &buffer)
        ReaderView.draw(state, in: layout.reader, into: &buffer)
        drawRightColumn(state, layout, into: &buffer)
        EventLogView.draw(state, in: layout.log, into: &buffer)
        KeyHelpView.draw(state, in: layout.keyHelp, into: &buffer)
        if state.showHelp { HelpOverlay.draw(state, in: buffer.area, into: &buffer) }
        fold(&buffer, state)
        return buffer
    }

    /// The desk window and the statistics; for a trainee, the question on the panel takes the
    /// column and the coach's word its foot.
    static func drawRightColumn(_ state: DeskState, _ layout: Layout, into buffer: inout CellBuffer) {
        let column = Rect(x: layout.desk.x, y: layout.desk.y, width: layout.desk.width,
                          height: layout.statistics.maxY - layout.desk.y)
        let coaching = state.notice.flatMap { CoachView.isCoaching($0) ? $0 : nil }
        if let question = state.focusedQuestion {
            let coachHeight = coaching == nil ? 0 : min(layout.statistics.height, max(4, column.height / 3))
            let (panel, foot) = column.splitTop(column.height - coachHeight)
            DecisionPanelView.draw(state, question, in: panel, into: &buffer)
            if let coaching { CoachView.draw(coaching, state, in: foot, into: &buffer) }
        } else {
            DeskWindowView.draw(state, in: layout.desk, into: &buffer)
            if let coaching {
                CoachView.draw(coaching, state, in: layout.statistics, into: &buffer)
            } else {
                StatisticsView.draw(state, in: layout.statistics, into: &buffer)
            }
        }
    }

    /// Last, what this terminal cannot show as it is: anything but ASCII without UTF-8;
    /// on a wide-ambiguous terminal, the ambiguous characters ncurses would misplace.
    private static func fold(_ buffer: inout CellBuffer, _ state: DeskState) {
        if state.asciiOnly {
            buffer.foldToASCII()
        } else if state.ambiguousWidth == .wide {
            buffer.foldAmbiguous()
        }
    }
}
