#if canImport(Glibc)
import Glibc
#endif
import CNcursesw
import MadoguchiDesk

/// The ncurses screen: the only place that talks to the terminal. Views draw into a
/// `CellBuffer`; `draw` sends what changed since the last frame; `nextEvent` waits for a
/// key, a resize, a signal or the timeout. Use it from one thread, and call `close` on
/// every way out (a deinit, an atexit hook and the crash handlers are only safety nets).
package final class Terminal {
    package private(set) var width: Int
    package private(set) var height: Int
    /// Colours the terminal can show, after NO_COLOR.
    package let depth: ColorDepth
    /// No UTF-8 locale exists, or ASCII was asked for: views must use ASCII glyphs
    /// (`BoxGlyphs.ascii`), and any other character is drawn as "?".
    package let asciiOnly: Bool
    /// How the terminal draws East Asian ambiguous characters: as asked for, else measured.
    package let ambiguousWidth: AmbiguousWidth

    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let colors: Int
    private let defaultColors: Bool
    private var pairs: ColorPairs?
    private var previous: CellBuffer?
    private var closed = false

    /// Starts full-screen mode on standard input and output; `ascii` draws with ASCII only
    /// even where UTF-8 works (a projector machine without Japanese fonts, say);
    /// `ambiguousWidth` nil asks the terminal.
    package init(environment: [String: String], ascii: Bool = false,
                ambiguousWidth: AmbiguousWidth? = nil) throws(TerminalError) {
        guard isatty(STDIN_FILENO) == 1 else { throw .notATerminal(standardInput: true) }
        guard isatty(STDOUT_FILENO) == 1 else { throw .notATerminal(standardInput: false) }
        guard let term = environment["TERM"], !term.isEmpty else { throw .termUnset }
        asciiOnly = !LocaleSetup.adoptUTF8() || ascii
        SignalWatch.install()
        // newterm, not initscr: initscr prints an error and exits the process on a bad TERM.
        guard let screen = newterm(nil, mg_stdout(), mg_stdin()) else {
            SignalWatch.uninstall()
            throw .unknownTerm(term)
        }
        set_term(screen)
        // The dumb terminal (and the like) cannot put text at a place: the desk would open
        // on a blank screen. Checked before curses mode draws anything.
        guard mg_has_capability("cup") != 0 else {
            endwin()
            delscreen(screen)
            SignalWatch.uninstall()
            throw .noCursorAddressing(term)
        }
        self.screen = screen
        self.ambiguousWidth = ambiguousWidth ?? (asciiOnly ? .narrow : AmbiguousWidthProbe.measure() ?? .narrow)
        _ = Self.registerExitHook
        window = mg_stdscr()
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        curs_set(0)
        set_escdelay(25)
        if has_colors() {
            start_color()
            defaultColors = use_default_colors() == OK
            colors = Int(mg_colors())
        } else {
            defaultColors = false
            colors = 0
        }
        depth = ColorDepth.detect(colors: colors, environment: environment)
        width = Int(mg_max_x(window))
        height = Int(mg_max_y(window))
    }

    deinit { close() }

    /// A program that calls exit() with the screen still open (argument errors, a forgotten
    /// path) must not leave the shell in raw mode; registered once per process.
    private static let registerExitHook: Void = {
        atexit(mg_endwin_at_exit)
    }()

    /// Colours every role from now on; the next `draw` repaints the whole screen.
    package func use(_ palette: Palette) {
        pairs = ColorPairs(palette: palette, colors: colors, defaultColors: defaultColors)
        previous = nil
    }

    /// Sends the cells that differ from the last frame, then updates the screen once.
    package func draw(_ buffer: CellBuffer) {
        guard !closed else { return }
        let full = previous.map { $0.width != buffer.width || $0.height != buffer.height } ?? true
        if full { werase(window) }
        for y in 0..<min(buffer.height, height) {
            for x in 0..<min(buffer.width, width) {
                let cell = buffer[x, y]
                if cell.isContinuation { continue }
                if !full, let previous, previous[x, y] == cell { continue }
                put(cell, x: x, y: y)
            }
        }
        previous = buffer
        wnoutrefresh(window)
        doupdate()
    }

    /// Waits up to `timeoutMilliseconds` (negative: until something happens, using no CPU).
    package func nextEvent(timeoutMilliseconds: Int32) -> TerminalEvent {
        if let signal = SignalWatch.take() { return .signal(signal) }
        wtimeout(window, timeoutMilliseconds)
        var value: wint_t = 0
        let status = wget_wch(window, &value)
        if let signal = SignalWatch.take() { return .signal(signal) }
        if status == ERR { return .timeout }
        if status == KEY_CODE_YES, Int32(bitPattern: value) == KEY_RESIZE {
            width = Int(mg_max_x(window))
            height = Int(mg_max_y(window))
            previous = nil
            return .resize(width: width, height: height)
        }
        return KeyDecoder.decode(status: status, value: value).map(TerminalEvent.key) ?? .timeout
    }

    /// Leaves full-screen mode and gives the terminal back as it was. Safe to call twice.
    package func close() {
        guard !closed else { return }
        closed = true
        mg_leave()
        delscreen(screen)
        SignalWatch.uninstall()
    }

    /// After `close`, ends the process as `signal` would have (for `.signal` events).
    package static func exit(dueTo signal: Int32) -> Never {
        SignalWatch.reraise(signal)
    }

    private func put(_ cell: Cell, x: Int, y: Int) {
        let entry = pairs?[cell.role] ?? ColorPairs.Entry(pair: 0, attributes: mg_attr_normal())
        var text = Self.wideCharacters(asciiOnly && !cell.grapheme.allSatisfy(\.isASCII) ? "?" : cell.grapheme)
        mg_put_cell(window, Int32(y), Int32(x), &text, entry.attributes, entry.pair)
        if asciiOnly, cell.width == 2 {
            var space = Self.wideCharacters(" ")
            mg_put_cell(window, Int32(y), Int32(x + 1), &space, entry.attributes, entry.pair)
        }
    }

    /// A grapheme as setcchar takes it: at most CCHARW_MAX (5) wide characters, the
    /// spacing one first, zero-terminated.
    static func wideCharacters(_ grapheme: String) -> [wchar_t] {
        grapheme.unicodeScalars.prefix(5).map { wchar_t(bitPattern: $0.value) } + [0]
    }
}
