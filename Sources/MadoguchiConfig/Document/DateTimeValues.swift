/// TOML's four kinds of date and time, as written: no time zone arithmetic is done.
package struct LocalDate: Sendable, Hashable, CustomStringConvertible {
    package var year: Int
    package var month: Int
    package var day: Int

    package init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    package static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    package static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    package var description: String { "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))" }
}

package struct LocalTime: Sendable, Hashable, CustomStringConvertible {
    package var hour: Int
    package var minute: Int
    package var second: Int
    /// Fractional seconds, kept to the nanosecond; finer digits are cut off.
    package var nanosecond: Int

    package init(hour: Int, minute: Int, second: Int, nanosecond: Int = 0) {
        self.hour = hour
        self.minute = minute
        self.second = second
        self.nanosecond = nanosecond
    }

    package var description: String {
        var text = "\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2))"
        if nanosecond > 0 {
            var fraction = pad(nanosecond, 9)
            while fraction.hasSuffix("0") { fraction.removeLast() }
            text += "." + fraction
        }
        return text
    }
}

/// A date with a time: local, or at an offset from UTC given in minutes.
package struct DateTime: Sendable, Hashable, CustomStringConvertible {
    package var date: LocalDate
    package var time: LocalTime
    package var offsetMinutes: Int?

    package init(date: LocalDate, time: LocalTime, offsetMinutes: Int? = nil) {
        self.date = date
        self.time = time
        self.offsetMinutes = offsetMinutes
    }

    package var description: String {
        var text = "\(date)T\(time)"
        if let offset = offsetMinutes {
            if offset == 0 {
                text += "Z"
            } else {
                text += (offset < 0 ? "-" : "+") + "\(pad(abs(offset) / 60, 2)):\(pad(abs(offset) % 60, 2))"
            }
        }
        return text
    }
}

private func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
