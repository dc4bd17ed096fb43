import MadoguchiClinic

/// The event log, newest at the bottom; scrolled back, the title says by how much.
enum EventLogView {
    static func draw(_ state: DeskState, in rect: Rect, into buffer: inout CellBuffer) {
        let language = state.language
        var title = UIText.panelLog.text(language)
        if state.logScroll > 0 { title += " (-\(state.logScroll))" }
        let inner = buffer.box(rect, glyphs: state.glyphs, title: title)
        buffer.fill(inner, role: .surface)
        let end = state.log.count - state.logScroll
        let start = max(0, end - inner.height)
        guard end > start else { return }
        for (row, entry) in state.log[start..<end].enumerated() {
            let clock = state.scenario.clock(at: entry.time).description
            let (text, role) = line(entry, state)
            buffer.spans([(clock + " ", .muted), (text, role)], in: inner, row: row)
        }
    }

    static func line(_ entry: LogEntry, _ state: DeskState) -> (String, Role) {
        let language = state.language
        switch entry.kind {
        case .forced(let fault):
            return (UIText.logForced.text(language, fault.name.text(language)), .accent)
        case .clinic(let event, let name):
            let who = name?.display(language, asciiOnly: state.asciiOnly) ?? ""
            switch event {
            case .arrived(let facts):
                return (UIText.logArrived.text(language, who, facts.path.name.text(language), facts.visit.name.text(language)), .text)
            case .readerStarted(_, let reader):
                return (UIText.logReaderStarted.text(language, who, String(reader + 1)), .text)
            case .fault(_, let fault):
                return (UIText.logFault.text(language, who, fault.name.text(language)), .error)
            case .decisionPending:
                return (UIText.logDecisionPending.text(language, who), .warning)
            case .decided(_, let decision, let action, _):
                // An exam does not tell the trainee which answers were wrong before the debrief.
                let wrong = decision.ruling(action).isMistake && state.trainee?.mode != .exam
                let key: UIText = wrong ? .logDecidedWrongly : .logDecided
                return (key.text(language, who, action.name.text(language)), wrong ? .error : .text)
            case .deskStarted(_, let staff):
                return (UIText.logDeskStarted.text(language, who, String(staff + 1)), .text)
            case .left(let record):
                let role: Role = record.outcome == .confirmedOnline || record.outcome == .confirmedByCredential ? .ok
                    : record.outcome == .moushitatesho ? .text : .warning
                return (UIText.logLeft.text(language, who, record.outcome.name.text(language)), role)
            case .network(let up):
                return up ? (UIText.logNetworkUp.text(language), .ok) : (UIText.logNetworkDown.text(language), .error)
            case .reader(let reader, let working):
                return working ? (UIText.logReaderRepaired.text(language, String(reader + 1)), .ok)
                    : (UIText.logReaderBroken.text(language, String(reader + 1)), .error)
            case .visualMode(let reader, let on):
                return (on ? UIText.logVisualOn : UIText.logVisualOff).text(language, String(reader + 1)).withRole(.warning)
            case .queued, .step, .onlineResult, .staffStarted, .staffFree, .readerFreed:
                // Drawn by the panels; `DeskState.logEntry` keeps them out of the log.
                return ("", .text)
            }
        }
    }
}

private extension String {
    func withRole(_ role: Role) -> (String, Role) { (self, role) }
}
