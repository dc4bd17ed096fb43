import Foundation
import MadoguchiClinic
import MadoguchiDesk
import MadoguchiTerminal

/// The desk's input loop: draw, wait for a key or the next frame, update. It waits without
/// a timeout while the desk is paused, so a paused desk uses no CPU.
enum DeskLoop {
    /// Milliseconds between frames while the clock runs; at maximum speed frames follow
    /// each other at once, each running a bounded batch of the simulation.
    static let frameMilliseconds: Int32 = 50

    static func run(_ state: inout DeskState, terminal: Terminal, theme: Theme, debriefPrefix: String?) {
        let saver = DebriefSaver(prefix: debriefPrefix)
        terminal.use(Palette(theme: theme, depth: terminal.depth))
        state.update(.resize(width: terminal.width, height: terminal.height))
        var last = DispatchTime.now().uptimeNanoseconds
        while true {
            terminal.draw(DeskView.render(state))
            let timeout: Int32 = state.isIdle ? -1 : state.speed == .maximum ? 0 : frameMilliseconds
            let event = terminal.nextEvent(timeoutMilliseconds: timeout)
            let now = DispatchTime.now().uptimeNanoseconds
            state.update(.tick(wallSeconds: Double(now - last) / 1e9))
            last = now
            switch event {
            case .signal(let signal):
                terminal.close()
                Terminal.exit(dueTo: signal)
            case .resize(let width, let height):
                state.update(.resize(width: width, height: height))
            case .key(let key):
                guard let key = deskKey(key) else { continue }
                switch state.update(.key(key)) {
                case .quit:
                    // A trainer who named the files gets them however the debrief is left.
                    if debriefPrefix != nil, let screen = state.debrief { _ = saver.save(screen.debrief, language: state.language) }
                    terminal.close()
                    return
                case .theme(let name):
                    if let theme = try? Theme.load(nameOrPath: name) {
                        terminal.use(Palette(theme: theme, depth: terminal.depth))
                    }
                case .saveDebrief(let debrief):
                    state.tell(saver.save(debrief, language: state.language))
                case .retry(let situations):
                    state = state.retrying(situations)
                case nil:
                    break
                }
            case .timeout:
                break
            }
        }
    }

    static func deskKey(_ key: Key) -> DeskKey? {
        switch key {
        case .character(let c): .character(c)
        case .up: .up
        case .down: .down
        case .pageUp: .pageUp
        case .pageDown: .pageDown
        case .home: .home
        case .end: .end
        case .escape: .escape
        case .enter: .enter
        case .tab: .tab
        case .backspace: .backspace
        default: nil
        }
    }

    /// Japanese messages only where the locale can show them; otherwise they would reach a
    /// non-UTF-8 terminal as mojibake.
    static func messageLanguage(_ language: Language, environment: [String: String]) -> Language {
        guard language == .ja else { return .en }
        let locale = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        let normalized = locale.lowercased().filter { $0 != "-" && $0 != "_" }
        return normalized.hasSuffix("utf8") || normalized.contains("utf8@") ? .ja : .en
    }

    static func complain(_ message: String) {
        FileHandle.standardError.write(Data(("madoguchi: " + message + "\n").utf8))
    }
}
