/// A scheduled failure: the network or confirmation system, or one card reader.
public struct Outage: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case network
        /// A reader by its index from 0.
        case reader(Int)
    }

    public var kind: Kind
    public var from: ClockTime
    public var to: ClockTime

    public init(kind: Kind, from: ClockTime, to: ClockTime) {
        self.kind = kind
        self.from = from
        self.to = to
    }
}
