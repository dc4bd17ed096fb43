/// Live figures so far: queue, waits, utilization, usage rate, faults, and the queue over
/// the last simulated hour.
enum StatisticsView {
    static func draw(_ state: DeskState, in rect: Rect, into buffer: inout CellBuffer) {
        let language = state.language
        let inner = buffer.box(rect, glyphs: state.glyphs, title: UIText.panelStatistics.text(language))
        buffer.fill(inner, role: .surface)
        let scene = state.scene
        let readerQueue = scene.readerQueue.count
        let deskQueue = scene.deskQueue.count
        let utilization = scene.utilization(at: state.now)
        let faultRole: Role = scene.faultsSeen > scene.faultsRecovered ? .warning : .text
        let rows: [(UIText, String, Role)] = [
            (.statWaiting, "\(readerQueue + deskQueue) = \(UIText.waitingForReader.text(language)) \(readerQueue)"
                + " + \(UIText.waitingForDesk.text(language)) \(deskQueue)", .text),
            (.statMeanWait, ViewFormat.duration(scene.wait.tally.mean) + " / p90 "
                + ViewFormat.duration(scene.wait.histogram.percentile(90)), .text),
            (.statUtilization, ViewFormat.percent(utilization.staff) + " / " + ViewFormat.percent(utilization.readers), .text),
            (.statUsageRate, ViewFormat.percent(scene.usageRate, decimals: 1), .accent),
            (.statFaults, "\(scene.faultsSeen) / \(scene.faultsRecovered)", faultRole),
            (.statServed, "\(scene.served) / \(scene.arrived)", .text),
        ]
        for (row, line) in rows.enumerated() where row < inner.height - 1 {
            buffer.put(line.0.text(language), in: inner, row: row, ellipsis: state.glyphs.ellipsis, role: .muted)
            buffer.put(line.1, in: inner, row: row, alignment: .right, ellipsis: state.glyphs.ellipsis, role: line.2)
        }
        guard inner.height > 0 else { return }
        let label = UIText.statHistory.text(language) + " "
        let used = buffer.put(label, in: inner, row: inner.height - 1, role: .muted)
        let chart = Sparkline.render(state.queueHistory, columns: min(DeskState.historyMinutes, inner.width - used),
                                     ascii: state.plainGlyphs)
        buffer.put(chart, in: inner, row: inner.height - 1, alignment: .right, role: .sparkline)
    }
}
