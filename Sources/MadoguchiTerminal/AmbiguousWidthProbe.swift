#if canImport(Glibc)
import Glibc
#endif
import MadoguchiDesk

/// Asks the terminal how wide it draws an East Asian ambiguous character, as vim does with
/// its t_u7: print one at the start of the line, ask where the cursor is (ESC [ 6 n), and
/// read the column from the answer (ESC [ row ; column R): column 2 is narrow, 3 wide.
/// Done on the raw terminal before curses draws anything, and undone: the character is
/// overwritten and a late answer is thrown away, so it never reaches the key reader.
enum AmbiguousWidthProbe {
    /// A terminal that does not answer within this time is taken to be narrow.
    static let timeoutMilliseconds: Int32 = 300
    static let probe = "─"

    static func measure() -> AmbiguousWidth? {
        var saved = termios()
        guard tcgetattr(STDIN_FILENO, &saved) == 0 else { return nil }
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
        defer {
            tcflush(STDIN_FILENO, TCIFLUSH)
            tcsetattr(STDIN_FILENO, TCSANOW, &saved)
        }
        guard tcsetattr(STDIN_FILENO, TCSANOW, &raw) == 0 else { return nil }
        send("\r" + probe + "\u{1B}[6n")
        let answer = readAnswer()
        send("\r  \r")
        return answer.flatMap(column).map { $0 >= 3 ? .wide : .narrow }
    }

    /// The column of a cursor position report, ESC [ row ; column R.
    static func column(_ answer: [UInt8]) -> Int? {
        guard let escape = answer.lastIndex(of: 0x1B), answer.last == UInt8(ascii: "R") else { return nil }
        let report = answer[(escape + 1)...]
        guard report.first == UInt8(ascii: "[") else { return nil }
        let fields = String(decoding: report.dropFirst().dropLast(), as: UTF8.self).split(separator: ";")
        guard fields.count == 2, Int(fields[0]) != nil else { return nil }
        return Int(fields[1])
    }

    private static func send(_ text: String) {
        var bytes = Array(text.utf8)
        _ = write(STDOUT_FILENO, &bytes, bytes.count)
    }

    /// Bytes up to the R that ends the report, or nil when none comes in time.
    private static func readAnswer() -> [UInt8]? {
        var answer: [UInt8] = []
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        while answer.count < 32 {
            guard poll(&descriptor, 1, timeoutMilliseconds) == 1 else { return nil }
            var byte: UInt8 = 0
            guard read(STDIN_FILENO, &byte, 1) == 1 else { return nil }
            answer.append(byte)
            if byte == UInt8(ascii: "R") { return answer }
        }
        return nil
    }
}
