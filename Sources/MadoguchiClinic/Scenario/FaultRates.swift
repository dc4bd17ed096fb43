/// Per-visit probabilities of each fault (assumed: surveys count clinics, not visits).
public struct FaultRates: Sendable, Equatable {
    public var readerError: Double
    /// Chance that the one retry after a reader error fails too.
    public var readerErrorRetryFails: Double
    public var faceMismatch: Double
    /// Chance that a second face attempt fails too.
    public var faceRetryFails: Double
    public var pinLock: Double
    public var eligibilityInvalid: Double
    public var certificateExpired: Double
    public var unrenderableName: Double
    public var wrongPerson: Double
    public var needsHelp: Double
    /// Chance that a query by insurer number matches several records (複数該当).
    public var multipleMatches: Double

    public init(readerError: Double, readerErrorRetryFails: Double, faceMismatch: Double, faceRetryFails: Double,
                pinLock: Double, eligibilityInvalid: Double, certificateExpired: Double,
                unrenderableName: Double, wrongPerson: Double, needsHelp: Double, multipleMatches: Double = 0) {
        self.readerError = readerError
        self.readerErrorRetryFails = readerErrorRetryFails
        self.faceMismatch = faceMismatch
        self.faceRetryFails = faceRetryFails
        self.pinLock = pinLock
        self.eligibilityInvalid = eligibilityInvalid
        self.certificateExpired = certificateExpired
        self.unrenderableName = unrenderableName
        self.wrongPerson = wrongPerson
        self.needsHelp = needsHelp
        self.multipleMatches = multipleMatches
    }
}
