import Foundation
import MadoguchiTestSupport
import Testing

/// The real `madoguchi` in tmux: keys, resizes and signals as a person (or a window
/// manager) would send them, and the terminal given back as it was.
@Suite(.serialized) struct DeskEndToEndTests {
    /// Starts the desk from a shell, saving `stty -g` first.
    func start(_ session: TmuxSession, arguments: String = "--lang en --speed 10", environment: String = "LANG=C.UTF-8") throws {
        session.type("stty -g > \(session.file("before")); \(environment) '\(MadoguchiBinary.url.path)' \(arguments)")
    }

    /// Once the shell is back in the foreground, saves the exit status and `stty -g`. A
    /// separate command line, because an interactive bash drops the rest of a line whose
    /// program died of Ctrl-C.
    func exitStatus(_ session: TmuxSession, timeout: Double = 10) throws -> Int {
        let deadline = Date().addingTimeInterval(timeout)
        while session.foreground != "bash" {
            guard Date() < deadline else { throw Failure("the desk did not exit; the screen was:\n\(session.screen)") }
            usleep(50_000)
        }
        session.type("echo $? > \(session.file("status")); stty -g > \(session.file("after"))")
        while Date() < deadline {
            if let status = Int(session.read("status").trimmingCharacters(in: .whitespacesAndNewlines)),
               !session.read("after").isEmpty {
                return status
            }
            usleep(50_000)
        }
        throw Failure("the shell did not record the exit status; the screen was:\n\(session.screen)")
    }

    /// The terminal as it was before the desk: same tty modes, main screen, cursor shown.
    func expectRestored(_ session: TmuxSession) {
        #expect(session.read("before") == session.read("after"), "stty -g differs after the desk exited")
        let flags = session.tmux("display-message", "-p", "-t", "0", "#{alternate_on} #{cursor_flag}").output
        #expect(flags.trimmingCharacters(in: .whitespacesAndNewlines) == "0 1", "alternate screen off, cursor visible")
        #expect(!session.screen.contains("Waiting room"))
    }

    func prerequisites() -> Bool {
        guard TmuxSession.available else {
            Issue.record("tmux is not installed; the end-to-end tests need it (apt-get install tmux)")
            return false
        }
        guard MadoguchiBinary.exists else {
            Issue.record("no madoguchi binary at \(MadoguchiBinary.url.path); build the package first")
            return false
        }
        return true
    }

    @Test func speedFaultsLanguageResizeAndQuit() throws {
        guard prerequisites() else { return }
        let session = try TmuxSession("quit")
        try start(session)
        try session.wait(forText: "Waiting room")
        try session.wait(forText: "│ ×10 │")
        session.press("+")
        try session.wait(forText: "│ ×30 │")
        session.press("Space")
        try session.wait(forText: "│ Paused │")
        session.press("Space")
        session.press("b")
        try session.wait(forText: "Reader 1 broke down")
        try session.wait(forText: "Out of order")
        session.press("n")
        try session.wait(forText: "Network: DOWN")
        session.press("k")
        try session.wait(forText: "Presenter: the next patient gets")
        session.resize(width: 60, height: 20)
        try session.wait(forText: "Enlarge the terminal to at least 80×24")
        session.resize(width: 120, height: 36)
        let wide = try session.wait(forText: "Waiting room")
        let border = wide.split(separator: "\n").first { $0.hasPrefix("┌─ Event log") }
        #expect(border?.count == 120, "the desk reflows to the new width")
        session.press("t", "t")
        try session.wait(forText: "Waiting room")
        session.press("L")
        try session.wait(forText: "待合")
        session.press("?")
        try session.wait(forText: "このヘルプを開く・閉じる")
        session.press("Escape")
        session.press("q")
        #expect(try exitStatus(session) == 0)
        expectRestored(session)
    }

    /// One patient whose face fails twice: retry, then the PIN, then the record accepted.
    static let shortLesson = """
        arrivals = []
        [lesson]
        title = "Short lesson"
        title_ja = "短いレッスン"
        goal = "Retry, then the PIN."
        goal_ja = "再試行、次に暗証番号。"
        pass_mark = 0.8
        unlocks = ""
        feedback = "coach"
        pausing = true
        speed = 60
        time_limit_minutes = 60
        [faults]
        face_retry_fails = 1.0
        [[script]]
        at = "08:31"
        path = "myna_card"
        method = "face"
        faults = ["face_mismatch"]
        """

    /// The real binary plays a short lesson to its debrief, as a trainee would, in either
    /// language; the debrief is saved and the terminal given back as it was.
    @Test(arguments: ["ja", "en"])
    func aShortLessonToItsDebrief(_ language: String) throws {
        guard prerequisites() else { return }
        let ja = language == "ja"
        let session = try TmuxSession("train-\(language)")
        try Self.shortLesson.write(toFile: session.file("lesson.toml"), atomically: true, encoding: .utf8)
        try start(session, arguments: "train \(session.file("lesson.toml")) --lang \(language) --trainee Sato --debrief \(session.file("debrief"))")
        try session.wait(forText: ja ? "研修：Sato" : "Trainee: Sato")
        try session.wait(forText: ja ? "顔認証できませんでした（1回目）" : "face recognition failed (time 1)")
        session.press("v")
        try session.wait(forText: ja ? "v キーはこの質問の選択肢にありません" : "v is not one of this question's answers")
        session.press("a")
        try session.wait(forText: ja ? "顔認証できませんでした（2回目）" : "face recognition failed (time 2)")
        session.press("s")
        try session.wait(forText: ja ? "正しい対応：暗証番号で本人確認してもらう" : "Correct: ask for the PIN on the reader")
        try session.wait(forText: ja ? "資格確認の結果：有効" : "Eligibility result: Valid", timeout: 20)
        session.press("a")
        try session.wait(forText: ja ? "やってみてどうでしたか" : "How did that feel?", timeout: 20)
        session.tmux("send-keys", "-t", "0", "-l", ja ? "落ち着いてできた" : "calm")
        session.press("Enter")
        let debrief = try session.wait(forText: ja ? "得点 100%（合格ライン 80%）：合格" : "Score 100 % (pass mark 80 %): passed")
        #expect(debrief.contains(ja ? "「落ち着いてできた」" : "\"calm\""))
        session.press("q")
        #expect(try exitStatus(session) == 0)
        expectRestored(session)
        #expect(session.read("debrief.txt").contains(ja ? "1. 感想" : "1. Reactions"))
        #expect(session.read("debrief.json").contains("\"score\" : 1"))
    }

    @Test("signals restore the terminal", arguments: [("C-c", 130), ("TERM", 143), ("HUP", 129)])
    func signals(_ signal: (name: String, status: Int)) throws {
        guard prerequisites() else { return }
        let session = try TmuxSession("signal-\(signal.status)")
        try start(session)
        try session.wait(forText: "Waiting room")
        if signal.name == "C-c" {
            session.press("C-c")
        } else {
            let pid = try session.childPID()
            #expect(kill(pid, signal.name == "TERM" ? SIGTERM : SIGHUP) == 0)
        }
        #expect(try exitStatus(session) == signal.status, "the shell sees the process killed by the signal")
        expectRestored(session)
    }

    @Test func pausedDeskUsesNoCPU() throws {
        guard prerequisites() else { return }
        let session = try TmuxSession("paused")
        try start(session, arguments: "--lang en --speed 0")
        try session.wait(forText: "│ Paused │")
        let pid = try session.childPID()
        usleep(300_000)
        let before = try cpuTicks(pid)
        usleep(3_000_000)
        let after = try cpuTicks(pid)
        let seconds = Double(after - before) / Double(sysconf(Int32(_SC_CLK_TCK)))
        print("paused desk: \(seconds) s of CPU in 3 s")
        #expect(seconds <= 0.05, "a paused desk must wait for keys, not poll: \(seconds) s of CPU in 3 s")
        session.press("q")
        #expect(try exitStatus(session) == 0)
    }

    @Test func unknownOrMissingTermIsExplained() throws {
        guard prerequisites() else { return }
        let session = try TmuxSession("term")
        try start(session, arguments: "--lang en", environment: "TERM=nonsense LANG=C.UTF-8")
        #expect(try exitStatus(session) == 1)
        try session.wait(forText: "TERM=\"nonsense\" is unknown or unusable")
        try? FileManager.default.removeItem(atPath: session.file("status"))
        try? FileManager.default.removeItem(atPath: session.file("after"))
        session.type("clear")
        try start(session, arguments: "--lang en", environment: "env -u TERM LANG=C.UTF-8")
        #expect(try exitStatus(session) == 1)
        try session.wait(forText: "TERM is not set")
        expectRestored(session)
    }

    @Test func nonUTF8LocaleFallsBackToAUTF8OneFromAnyDirectory() throws {
        guard prerequisites() else { return }
        let session = try TmuxSession("locale")
        // From another directory, with a built-in theme and no colour: nothing is read from
        // the source tree.
        session.type("cd /")
        try start(session, arguments: "--speed 0 --theme high-contrast", environment: "NO_COLOR=1 LANG=C LC_ALL=C")
        let screen = try session.wait(forText: "Waiting room")
        #expect(screen.contains("┌─ Waiting room"), "line drawing arrives intact through a UTF-8 LC_CTYPE")
        #expect(!screen.contains("M-b"), "no raw bytes on screen")
        session.press("q")
        #expect(try exitStatus(session) == 0)
        expectRestored(session)
    }

    /// `--ascii`, as for a projector machine without Japanese fonts: nothing but ASCII on
    /// screen, in English even when Japanese was asked for, and the language key keeps it so.
    @Test func asciiDrawsOnlyASCIIInEnglish() throws {
        guard prerequisites() else { return }
        let session = try TmuxSession("ascii")
        try start(session, arguments: "desk monday-rush --ascii --lang ja --speed 60")
        let screen = try session.wait(forText: "Waiting room")
        #expect(screen.contains("+- Waiting room"), "ASCII borders")
        usleep(1_000_000)  // some patients arrive, their names written in romaji
        session.press("L")
        usleep(300_000)
        let after = session.screen
        #expect(after.contains("Waiting room"), "still English after the language key")
        #expect(!after.replacingOccurrences(of: "? help", with: "").contains("?"), "no character folded to a question mark")
        for (n, line) in after.split(separator: "\n").enumerated() {
            let ascii = line.unicodeScalars.allSatisfy(\.isASCII)
            #expect(ascii, "line \(n + 1) holds a non-ASCII character: \(line)")
        }
        session.press("q")
        #expect(try exitStatus(session) == 0)
        expectRestored(session)
    }

    @Test func withoutATerminalItSaysSo() {
        guard MadoguchiBinary.exists else {
            Issue.record("no madoguchi binary at \(MadoguchiBinary.url.path)")
            return
        }
        let result = Shell.run([MadoguchiBinary.url.path, "desk", "--lang", "en"], environment: ["TERM": "xterm", "LANG": "C.UTF-8"])
        #expect(result.status == 1)
        #expect(result.error == "madoguchi: standard input is not a terminal; start the desk from a terminal\n")
        let ja = Shell.run([MadoguchiBinary.url.path, "--lang", "ja"], environment: ["TERM": "xterm", "LANG": "ja_JP.UTF-8"])
        #expect(ja.error.contains("標準入力が端末ではありません"))
        let c = Shell.run([MadoguchiBinary.url.path, "--lang", "ja"], environment: ["TERM": "xterm", "LANG": "C"])
        #expect(c.error.contains("standard input is not a terminal"), "no Japanese bytes for a non-UTF-8 locale")
    }

    @Test func badThemeNamesFileLineAndKey() throws {
        guard MadoguchiBinary.exists else {
            Issue.record("no madoguchi binary at \(MadoguchiBinary.url.path)")
            return
        }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("madoguchi-bad-theme-\(getpid()).toml").path
        try "[roles.text]\nfg = \"#12345\"\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = Shell.run([MadoguchiBinary.url.path, "desk", "--theme", path, "--lang", "en"], environment: ["LANG": "C.UTF-8"])
        #expect(result.status == 2)
        #expect(result.error.hasPrefix("madoguchi: \(path):2: roles.text.fg: \"#12345\" is not a colour"), "\(result.error)")
        let unknown = Shell.run([MadoguchiBinary.url.path, "desk", "--theme", "neon", "--lang", "en"])
        #expect(unknown.error.contains("no theme named \"neon\""))
    }

    func cpuTicks(_ pid: Int32) throws -> Int {
        let stat = try String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)
        // Fields after the command name, which is in parentheses and may contain spaces.
        guard let close = stat.lastIndex(of: ")") else { throw Failure("unreadable /proc/\(pid)/stat") }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 13, let user = Int(fields[11]), let system = Int(fields[12]) else {
            throw Failure("unreadable /proc/\(pid)/stat")
        }
        return user + system
    }
}
