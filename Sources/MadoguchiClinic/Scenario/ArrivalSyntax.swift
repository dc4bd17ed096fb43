/// Reads `[[arrivals]]`: non-overlapping windows inside opening hours, each with a rate.
enum ArrivalSyntax {
    /// `opening` and `closing` are read already; passed located so that a window outside
    /// the hours a user changed is blamed on their hours, not on the default windows.
    static func read(_ tables: [TableReader], opening: LocatedValue, closing: LocatedValue,
                     limit: Double) throws(ScenarioError) -> [ArrivalWindow] {
        let openingTime = try opening.clock(), closingTime = try closing.clock()
        var windows: [(window: ArrivalWindow, place: TableReader)] = []
        for t in tables {
            let from = try t.clock("from")
            let to = try t.value("to")
            let toTime = try to.clock()
            guard from < toTime else { throw to.error(.timesOutOfOrder(from: from, to: toTime)) }
            guard from >= openingTime, toTime <= closingTime else {
                let hours = from < openingTime ? opening : closing
                throw t.located.blamed(over: hours).error(
                    .windowOutsideDay(from: from, to: toTime, opening: openingTime, closing: closingTime))
            }
            let window = ArrivalWindow(from: from, to: toTime, perHour: try t.number("per_hour", .nonNegative))
            if let other = windows.first(where: { $0.window.from < window.to && window.from < $0.window.to }) {
                throw t.located.error(.windowsOverlap(otherFrom: other.window.from, otherTo: other.window.to))
            }
            windows.append((window, t))
        }
        let expected = windows.reduce(0.0) {
            $0 + $1.window.perHour * ($1.window.to.secondsSinceMidnight - $1.window.from.secondsSinceMidnight) / 3600
        }
        if expected > limit, let busiest = windows.max(by: { $0.window.perHour < $1.window.perHour }) {
            throw try busiest.place.value("per_hour").error(.tooManyArrivals(expected: expected, limit: limit))
        }
        return windows.map(\.window)
    }
}
