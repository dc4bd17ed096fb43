/// A stretch of the day with a constant arrival rate.
public struct ArrivalWindow: Sendable, Equatable {
    public var from: ClockTime
    public var to: ClockTime
    public var perHour: Double

    public init(from: ClockTime, to: ClockTime, perHour: Double) {
        self.from = from
        self.to = to
        self.perHour = perHour
    }
}
