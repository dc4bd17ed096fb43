/// The seam between simulation and people: every staff decision passes through here.
package protocol StaffPolicy {
    /// Answers at once, or returns nil to leave the decision pending; the answer then comes
    /// later through `ClinicModel.Event.answer(ticket:action:)`.
    mutating func decide(_ decision: Decision, ticket: Int) -> StaffAction?

    /// True for a policy that answers every decision with its `standardAction` and keeps no
    /// state: the model then settles a routine glance without building the decision or asking.
    static var followsTheBook: Bool { get }
}

extension StaffPolicy {
    package static var followsTheBook: Bool { false }
}

/// Follows the standard recovery of DOMAIN.md: used by demos and experiments.
package struct Autopilot: StaffPolicy {
    package init() {}

    @inlinable package mutating func decide(_ decision: Decision, ticket: Int) -> StaffAction? {
        decision.standardAction
    }

    package static var followsTheBook: Bool { true }
}

/// Leaves chosen decisions to a person and answers the rest by the book, so a trainee can
/// drill one fault at a time while the autopilot keeps the rest of the desk going.
package struct TraineePolicy: StaffPolicy {
    package var asks: @Sendable (Decision) -> Bool

    package init(asks: @escaping @Sendable (Decision) -> Bool = { _ in true }) {
        self.asks = asks
    }

    package mutating func decide(_ decision: Decision, ticket: Int) -> StaffAction? {
        asks(decision) ? nil : decision.standardAction
    }
}
