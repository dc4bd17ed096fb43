/// The top row: clinic and scenario on the left; date, clock, speed and mode on the right.
enum HeaderView {
    static func draw(_ state: DeskState, in rect: Rect, into buffer: inout CellBuffer) {
        let language = state.language
        let scenario = state.scenario
        buffer.fill(rect, role: .header)
        let separator = state.plainGlyphs ? " | " : " │ "
        let title = language == .ja ? scenario.titleJa : scenario.title
        let clock = scenario.date.description + " " + scenario.clock(at: state.now).description
        let status: String
        if state.dayOver {
            status = UIText.headerDayOver.text(language)
        } else if state.paused {
            status = UIText.headerPaused.text(language)
        } else {
            status = state.speed.label(language)
        }
        let replay = state.tape == nil ? "" : UIText.headerReplay.text(language) + " "
        let atDesk = state.trainee.map { UIText.modeTrainee.text(language, TextSanitizer.clean($0.name)) }
            ?? UIText.modeAutopilot.text(language)
        let right = " " + [replay + clock, status, atDesk].joined(separator: separator) + " "
        let rightWidth = min(state.columns(right), rect.width)
        buffer.put(right, in: rect, alignment: .right, ellipsis: state.glyphs.ellipsis, role: .header)
        if state.paused || state.dayOver {
            // The state a presenter must not miss stands out from the rest of the header.
            let statusX = rect.maxX - rightWidth + state.columns(" " + replay + clock + separator)
            buffer.paint(Rect(x: statusX, y: rect.y, width: state.columns(status), height: 1), role: .warning)
        }
        // Drawn in ASCII only, a Japanese clinic name would be a row of question marks: left out.
        let left = " " + [UIText.appName.text(language), TextSanitizer.clean(scenario.clinic), TextSanitizer.clean(title)]
            .filter { !state.asciiOnly || $0.unicodeScalars.allSatisfy(\.isASCII) }
            .joined(separator: separator)
        let leftArea = Rect(x: rect.x, y: rect.y, width: rect.width - rightWidth - 1, height: 1)
        buffer.put(left, in: leftArea, ellipsis: state.glyphs.ellipsis, role: .header)
    }
}
