import MadoguchiClinic

/// Everyone queueing, for the reader or for the desk, in order of arrival: name, credential
/// in its colour, which queue, and the wait so far.
enum WaitingListView {
    static func draw(_ state: DeskState, in rect: Rect, into buffer: inout CellBuffer) {
        let language = state.language
        let inner = buffer.box(rect, glyphs: state.glyphs, title: UIText.panelWaiting.text(language))
        buffer.fill(inner, role: .surface)
        let waiting = state.scene.waiting
        guard !waiting.isEmpty else {
            buffer.put(UIText.waitingNobody.text(language), in: inner, ellipsis: state.glyphs.ellipsis, role: .muted)
            return
        }
        let credentialWidth = language == .ja ? 6 : 11
        let placeWidth = language == .ja ? 8 : 6
        let waitWidth = 7
        let nameWidth = max(4, inner.width - credentialWidth - placeWidth - waitWidth - 2)
        let shown = waiting.count <= inner.height ? waiting.count : max(0, inner.height - 1)
        for (row, patient) in waiting.prefix(shown).enumerated() {
            let wait = patient.waitSoFar(at: state.now)
            let name = state.name(of: patient).display(language, asciiOnly: state.asciiOnly)
            let place: UIText = patient.place == .readerQueue ? .waitingForReader : .waitingForDesk
            buffer.spans([
                (state.pad(name, to: nameWidth, ellipsis: state.glyphs.ellipsis) + " ", .text),
                (state.pad(ViewFormat.shortLabel(patient.facts.path).text(language), to: credentialWidth) + " ",
                 ViewFormat.role(patient.facts.path)),
                (state.pad(place.text(language), to: placeWidth), .muted),
                (state.pad(ViewFormat.duration(wait), to: waitWidth, alignment: .right), ViewFormat.waitRole(wait)),
            ], in: inner, row: row)
        }
        if shown < waiting.count {
            buffer.put(UIText.waitingMore.text(language, String(waiting.count - shown)), in: inner, row: shown,
                       alignment: .right, ellipsis: state.glyphs.ellipsis, role: .muted)
        }
    }
}
