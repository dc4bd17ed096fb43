/// Per-visit probabilities of each fault (assumed: surveys count clinics, not visits).
package struct FaultRates: Sendable, Equatable {
    package var readerError: Double
    /// Chance that the one retry after a reader error fails too.
    package var readerErrorRetryFails: Double
    package var faceMismatch: Double
    /// Chance that a second face attempt fails too.
    package var faceRetryFails: Double
    package var pinLock: Double
    package var eligibilityInvalid: Double
    package var certificateExpired: Double
    package var unrenderableName: Double
    package var wrongPerson: Double
    package var needsHelp: Double

    package init(readerError: Double, readerErrorRetryFails: Double, faceMismatch: Double, faceRetryFails: Double,
                pinLock: Double, eligibilityInvalid: Double, certificateExpired: Double,
                unrenderableName: Double, wrongPerson: Double, needsHelp: Double) {
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
    }
}
