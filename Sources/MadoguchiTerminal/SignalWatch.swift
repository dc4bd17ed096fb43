#if canImport(Glibc)
import Glibc
#endif
import CNcursesw

/// Signals that end the program go through the input loop, so the terminal is restored by
/// ordinary code: the handler only records the signal (async-signal-safe), and `get_wch`
/// returns early because the handler is installed without SA_RESTART.
///
/// The shim's signal state is static C, one copy per Swift file: keep every call to the
/// mg_*handler and mg_take_signal functions in this file.
enum SignalWatch {
    /// Ctrl-C (cbreak mode keeps it a signal), kill, and a closed terminal window.
    static let quitting: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
    /// Crashes, including Swift traps (SIGILL on x86-64, SIGTRAP on arm64): the screen is
    /// restored in the handler itself, since the program cannot continue.
    static let fatal: [Int32] = [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE]

    /// Installed before `newterm`, so ncurses sees handlers in place and leaves SIGINT and
    /// SIGTERM alone (it would otherwise exit from inside its own handler); SIGWINCH and
    /// SIGTSTP stay with ncurses, which turns them into KEY_RESIZE and a clean suspend.
    static func install() {
        for signal in quitting { mg_install_handler(signal, 0) }
        for signal in fatal { mg_install_handler(signal, 1) }
    }

    static func uninstall() {
        for signal in quitting + fatal { mg_restore_handler(signal) }
    }

    /// The signal that arrived since the last call, if any.
    static func take() -> Int32? {
        let signal = mg_take_signal()
        return signal == 0 ? nil : signal
    }

    /// Ends the process the way the signal would have, after the terminal is restored, so a
    /// parent shell sees "killed by SIGTERM" rather than a normal exit.
    static func reraise(_ signal: Int32) -> Never {
        mg_set_signal_default(signal)
        raise(signal)
        exit(128 + signal)
    }
}
