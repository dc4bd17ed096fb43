/// Per-visit probabilities of each fault (assumed: surveys count clinics, not visits).
package struct FaultRates: Sendable, Equatable {
    /// The chance of each fault drawn on arrival (`Fault.perVisit`), read from
    /// `faults.<name>`; an outage's is 0, its times are the scenario's `[[outages]]`.
    package var perVisit: PerCase<Fault, Double>
    /// Chance that the one retry after a reader error fails too.
    package var readerErrorRetryFails: Double
    /// Chance that a second face attempt fails too.
    package var faceRetryFails: Double
    /// Chance that a query by insurer number matches several records (複数該当).
    package var multipleMatches: Double

    package init(perVisit: PerCase<Fault, Double>, readerErrorRetryFails: Double, faceRetryFails: Double,
                multipleMatches: Double = 0) {
        self.perVisit = perVisit
        self.readerErrorRetryFails = readerErrorRetryFails
        self.faceRetryFails = faceRetryFails
        self.multipleMatches = multipleMatches
    }

    /// Rates by name, the faults not named at 0: how code and tests write a few of them.
    package init(_ rates: [Fault: Double], readerErrorRetryFails: Double = 0, faceRetryFails: Double = 0,
                multipleMatches: Double = 0) {
        self.init(perVisit: PerCase { rates[$0] ?? 0 }, readerErrorRetryFails: readerErrorRetryFails,
                  faceRetryFails: faceRetryFails, multipleMatches: multipleMatches)
    }

    package subscript(fault: Fault) -> Double {
        get { perVisit[fault] }
        set { perVisit[fault] = newValue }
    }
}
