/// Reads `[[arrivals]]`: non-overlapping windows inside opening hours, each with a rate.
enum ArrivalSyntax {
    static func read(_ tables: [TableReader], opening: ClockTime, closing: ClockTime,
                     limit: Double) throws(ScenarioError) -> [ArrivalWindow] {
        var windows: [(window: ArrivalWindow, place: TableReader)] = []
        for t in tables {
            let from = try t.clock("from")
            let to = try t.value("to")
            let toTime = try to.clock()
            guard from < toTime else { throw to.error(.timesOutOfOrder(from: from, to: toTime)) }
            guard from >= opening, toTime <= closing else {
                throw t.located.error(.windowOutsideDay(opening: opening, closing: closing))
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
