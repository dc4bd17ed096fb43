/// RFC 3339 dates and times as TOML 1.0 has them: an offset date-time
/// (1979-05-27T07:32:00Z), a local date-time (1979-05-27 07:32:00), a local date
/// (1979-05-27) and a local time (07:32:00.999).
extension TOMLParser {
    mutating func parseDateTime() throws(ConfigError) -> ConfigNode.Value {
        let mark = position
        let start = pos
        guard let date = readDate() else { throw dateTimeError(from: start, at: mark) }
        let separator = peek()
        let hasTime = (separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t")
            || (separator == UInt8(ascii: " ") && Self.isDigit(peek(1))))
        guard hasTime else {
            try checkEnd(from: start, at: mark)
            return .date(date)
        }
        pos += 1
        guard let time = readTime() else { throw dateTimeError(from: start, at: mark) }
        var offset: Int?
        switch peek() {
        case UInt8(ascii: "Z")?, UInt8(ascii: "z")?:
            pos += 1
            offset = 0
        case let s? where s == UInt8(ascii: "+") || s == UInt8(ascii: "-"):
            pos += 1
            guard let hours = readNumber(digits: 2, upTo: 23), take(UInt8(ascii: ":")),
                  let minutes = readNumber(digits: 2, upTo: 59) else { throw dateTimeError(from: start, at: mark) }
            offset = (hours * 60 + minutes) * (s == UInt8(ascii: "-") ? -1 : 1)
        default:
            break
        }
        try checkEnd(from: start, at: mark)
        return .dateTime(DateTime(date: date, time: time, offsetMinutes: offset))
    }

    mutating func parseLocalTime() throws(ConfigError) -> ConfigNode.Value {
        let mark = position
        let start = pos
        guard let time = readTime() else { throw dateTimeError(from: start, at: mark) }
        try checkEnd(from: start, at: mark)
        return .time(time)
    }

    private mutating func readDate() -> LocalDate? {
        guard let year = readNumber(digits: 4, upTo: 9999), take(UInt8(ascii: "-")),
              let month = readNumber(digits: 2, upTo: 12), month >= 1, take(UInt8(ascii: "-")),
              let day = readNumber(digits: 2, upTo: 31), day >= 1,
              day <= LocalDate.days(inMonth: month, year: year) else { return nil }
        return LocalDate(year: year, month: month, day: day)
    }

    /// HH:MM:SS with an optional fraction; seconds are required in TOML 1.0.
    private mutating func readTime() -> LocalTime? {
        guard let hour = readNumber(digits: 2, upTo: 23), take(UInt8(ascii: ":")),
              let minute = readNumber(digits: 2, upTo: 59), take(UInt8(ascii: ":")),
              let second = readNumber(digits: 2, upTo: 59) else { return nil }
        var nanosecond = 0
        if take(UInt8(ascii: ".")) {
            var digits = 0
            while Self.isDigit(peek()) {
                if digits < 9 { nanosecond = nanosecond * 10 + Int(bytes[pos] - 0x30) }
                digits += 1
                pos += 1
            }
            guard digits > 0 else { return nil }
            for _ in digits..<max(digits, 9) { nanosecond *= 10 }
        }
        return LocalTime(hour: hour, minute: minute, second: second, nanosecond: nanosecond)
    }

    private mutating func readNumber(digits: Int, upTo limit: Int) -> Int? {
        var value = 0
        for _ in 0..<digits {
            guard Self.isDigit(peek()) else { return nil }
            value = value * 10 + Int(bytes[pos] - 0x30)
            pos += 1
        }
        return value <= limit ? value : nil
    }

    private mutating func take(_ byte: UInt8) -> Bool {
        guard peek() == byte else { return false }
        pos += 1
        return true
    }

    /// A date or time must not run on into more characters (`1979-05-27x`).
    private mutating func checkEnd(from start: Int, at mark: Mark) throws(ConfigError) {
        guard let b = peek(), Self.isBareKeyByte(b) || b == UInt8(ascii: ":") || b == UInt8(ascii: ".")
                || b == UInt8(ascii: "+") else { return }
        throw dateTimeError(from: start, at: mark)
    }

    /// The date or time as written, up to where it clearly ends.
    private mutating func dateTimeError(from start: Int, at mark: Mark) -> ConfigError {
        var end = start
        while end < bytes.count, Self.isBareKeyByte(bytes[end]) || [0x3A, 0x2E, 0x2B, 0x20].contains(bytes[end]) {
            if bytes[end] == 0x20 && !Self.isDigit(end + 1 < bytes.count ? bytes[end + 1] : nil) { break }
            end += 1
        }
        return fail(.invalidDateTime(String(decoding: bytes[start..<max(end, start)], as: UTF8.self)), at: mark)
    }
}
