import Foundation
import Testing

/// Terminals that cannot do everything, and a minute of abuse, through the real binary.
extension DeskEndToEndTests {
    @Test func dumbTerminalIsRefusedWithWhatToUse() throws {
        guard prerequisites() else { return }
        let session = try TmuxSession("dumb")
        try start(session, arguments: "--lang en", environment: "TERM=dumb LANG=C.UTF-8")
        #expect(try exitStatus(session) == 1)
        try session.wait(forText: "cannot move the cursor")
        #expect(session.screen.contains("madoguchi run"), "says what works instead")
        expectRestored(session)
    }

    /// vt100 has no alternate screen: the last frame would stay behind with the prompt on it.
    @Test func withoutAnAlternateScreenTheFrameIsClearedOnExit() throws {
        guard prerequisites() else { return }
        let session = try TmuxSession("vt100")
        try start(session, arguments: "--lang en --speed 0", environment: "TERM=vt100 LANG=C.UTF-8")
        try session.wait(forText: "Waiting room")
        session.press("q")
        #expect(try exitStatus(session) == 0)
        expectRestored(session)
        #expect(!session.screen.contains("Event log"), "no panel is left on the screen:\n\(session.screen)")
    }

    /// tmux answers the cursor position query as a narrow terminal; --ambiguous-width wide
    /// then draws the borders in ASCII, still the full width of the screen.
    @Test func ambiguousWidthIsMeasuredOrGiven() throws {
        guard prerequisites() else { return }
        let session = try TmuxSession("ambiguous")
        try start(session, arguments: "--lang en --speed 0")
        let narrow = try session.wait(forText: "┌─ Waiting room")
        #expect(!narrow.contains("─┌"), "no probe character left at the start of a line")
        session.press("q")
        #expect(try exitStatus(session) == 0)
        try? FileManager.default.removeItem(atPath: session.file("status"))
        try? FileManager.default.removeItem(atPath: session.file("after"))
        try start(session, arguments: "--lang ja --speed 0 --ambiguous-width wide")
        // The whole frame: the waiting room's border and the log's, which is drawn later.
        let wide = try session.wait(for: "the log's border") { $0.contains("+- 待合") && $0.contains("\n+- ログ") }
        let border = wide.split(separator: "\n").first { $0.hasPrefix("+- ログ") }
        #expect(border.map { $0.reduce(0) { $0 + ($1.unicodeScalars.first!.value > 0x2E80 ? 2 : 1) } } == 100)
        session.press("q")
        #expect(try exitStatus(session) == 0)
        expectRestored(session)
    }

    /// A minute of keys and resizes as fast as a person could never type them; the desk
    /// must still be running, quit on q, and give the terminal back as it was.
    @Test func aMinuteOfKeysAndResizes() throws {
        guard prerequisites() else { return }
        let session = try TmuxSession("soak")
        try start(session, arguments: "monday-rush --lang ja --speed max")
        try session.wait(forText: "待合")
        var rng = SystemRandomNumberGenerator()
        let keys = ["Space", "+", "-", "0", "1", "4", "7", "b", "r", "2", "n", "i", "w", "k", "L", "t", "?", "Escape",
                    "Enter", "Up", "Down", "PPage", "NPage", "Home", "End", "Z", "m", "a", "s", "d", "f", "x", "Tab"]
        let sizes = [(100, 30), (80, 24), (60, 20), (20, 5), (200, 60), (79, 23), (132, 43), (5, 2)]
        let end = Date().addingTimeInterval(60)
        var sent = 0
        while Date() < end {
            if Int.random(in: 0..<8, using: &rng) == 0 {
                let size = sizes.randomElement(using: &rng)!
                session.resize(width: size.0, height: size.1)
            } else {
                session.press(keys.randomElement(using: &rng)!)
            }
            sent += 1
            usleep(UInt32.random(in: 5_000...60_000, using: &rng))
        }
        // Each key or resize is a tmux command; on a loaded machine a few a second.
        print("a minute of keys and resizes: \(sent) sent")
        #expect(sent >= 60, "at least one key or resize a second")
        #expect(session.foreground != "bash", "the desk is still running after \(sent) keys and resizes")
        session.resize(width: 100, height: 30)
        session.press("Escape")
        session.press("q")
        #expect(try exitStatus(session) == 0)
        expectRestored(session)
    }
}
