import MadoguchiClinic

extension DeskState {
    /// The desk's one entry point: pure apart from running the simulation it owns.
    @discardableResult
    package mutating func update(_ message: DeskMessage) -> DeskEffect? {
        defer { endLessonIfOver() }
        switch message {
        case .tick(let seconds):
            tick(wallSeconds: seconds)
            return nil
        case .resize(let width, let height):
            self.width = width
            self.height = height
            return nil
        case .key(let key):
            return press(key)
        }
    }

    mutating func press(_ key: DeskKey) -> DeskEffect? {
        if debrief != nil { return pressDebriefKey(key) }
        if pressReplayKey(key) { return nil }
        if choosingReader {
            choosingReader = false
            if case .character(let c) = key, let digit = c.wholeNumberValue, digit >= 1 {
                toggleReader(digit - 1)
                return nil
            }
        }
        if showHelp {
            switch key {
            case .character("?"), .escape, .enter:
                showHelp = false
                return nil
            case .character("q"), .character("Q"):
                return .quit
            default:
                return nil
            }
        }
        if pressDecisionKey(key) { return nil }
        switch key {
        case .character(" "):
            if let seat = trainee, !seat.mayPause {
                notice = Notice(.refused, UIText.noticeNoPausing.bilingual())
            } else {
                paused.toggle()
            }
        case .character("+"), .character("="), .character(">"):
            speed = speed.faster()
            paused = false
        case .character("-"), .character("_"), .character("<"):
            speed = speed.slower()
            paused = false
        case .character("0"): paused = true
        case .character(let c) where ("1"..."7").contains(c):
            speed = Speed.presets[c.wholeNumberValue! - 1]
            paused = false
        case .character("b"): toggleReader(0)
        case .character("r"): choosingReader = true
        case .character("n"): inject(.network(up: !scene.networkUp))
        case .character("i"): force(.eligibilityInvalid)
        case .character("w"): force(.wrongPerson)
        case .character("k"): force(.unrenderableName)
        case .character("L"), .character("l"):
            if !asciiOnly { language = language == .ja ? .en : .ja }
        case .character("t"), .character("T"):
            let names = Theme.builtinNames
            let next = names.firstIndex(of: themeName).map { (names.index(after: $0)) % names.count } ?? 0
            themeName = names[next]
            return .theme(themeName)
        case .character("?"): showHelp = true
        case .character("q"), .character("Q"): return .quit
        case .up: scrollLog(by: 1)
        case .down: scrollLog(by: -1)
        case .pageUp: scrollLog(by: max(1, logPage))
        case .pageDown: scrollLog(by: -max(1, logPage))
        case .home: scrollLog(by: log.count)
        case .end: logScroll = 0
        default: break
        }
        return nil
    }

    /// Lines the log panel shows at the current size, for page-wise scrolling.
    var logPage: Int { Layout(width: width, height: height).log.inset().height }

    mutating func scrollLog(by lines: Int) {
        logScroll = min(max(0, logScroll + lines), max(0, log.count - 1))
    }

    mutating func toggleReader(_ r: Int) {
        guard scene.readers.indices.contains(r) else { return }
        inject(.reader(r, working: !scene.readers[r].working))
    }

    mutating func force(_ fault: Fault) {
        inject(.forceFault(fault))
        appendLog(LogEntry(time: now, kind: .forced(fault)))
    }
}
