/// A scheduled failure: the network or confirmation system, or one card reader.
package struct Outage: Sendable, Equatable {
    package enum Kind: Sendable, Equatable {
        case network
        /// A reader by its index from 0.
        case reader(Int)
    }

    package var kind: Kind
    package var from: ClockTime
    package var to: ClockTime

    package init(kind: Kind, from: ClockTime, to: ClockTime) {
        self.kind = kind
        self.from = from
        self.to = to
    }
}
