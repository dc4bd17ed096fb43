/// A stretch of the day with a constant arrival rate.
package struct ArrivalWindow: Sendable, Equatable {
    package var from: ClockTime
    package var to: ClockTime
    package var perHour: Double

    package init(from: ClockTime, to: ClockTime, perHour: Double) {
        self.from = from
        self.to = to
        self.perHour = perHour
    }
}
