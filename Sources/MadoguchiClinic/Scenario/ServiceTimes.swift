import MadoguchiSim

/// Durations in seconds of every step a patient or the staff can take; each path's own flow
/// at the reader is its `PathSetup`.
package struct ServiceTimes: Sendable, Equatable {
    /// One failed read, face match or PIN attempt.
    package var failedAttempt: Distribution
    /// Staff helping a patient operate the reader.
    package var staffAssist: Distribution
    /// Staff logging in and switching a reader into (or out of) visual-confirmation mode.
    package var visualSwitch: Distribution
    /// Staff comparing the card photo with the patient.
    package var visualCheck: Distribution
    /// Desk registration of a return visit.
    package var registration: Distribution
    /// Questionnaire (問診票) and a new patient card (診察券) on a first visit.
    package var firstVisitPaperwork: Distribution
    /// Checking a paper credential by eye and typing it in.
    package var credentialCheck: Distribution
    /// Online confirmation by insurer number.
    package var onlineByNumber: Distribution
    /// Checking マイナポータル, a legacy card or 資格確認書 after a failure.
    package var otherCredentialCheck: Distribution
    /// Filling in 被保険者資格申立書.
    package var moushitatesho: Distribution
    /// Verbal confirmation against last-visit data (a return visit, nothing changed).
    package var verbalConfirmation: Distribution
    /// Writing down name, sex, birth date and address during an outage.
    package var manualRecord: Distribution
    /// Correcting a ● name by hand from the card face.
    package var nameFix: Distribution
    /// Setting aside another person's record, confirming identity, noting the report.
    package var wrongPersonHandling: Distribution
    /// The time a staff member takes to decide on a recovery.
    package var decision: Distribution

    package init(failedAttempt: Distribution,
                staffAssist: Distribution, visualSwitch: Distribution, visualCheck: Distribution,
                registration: Distribution, firstVisitPaperwork: Distribution, credentialCheck: Distribution,
                onlineByNumber: Distribution, otherCredentialCheck: Distribution, moushitatesho: Distribution,
                verbalConfirmation: Distribution, manualRecord: Distribution, nameFix: Distribution,
                wrongPersonHandling: Distribution, decision: Distribution) {
        self.failedAttempt = failedAttempt
        self.staffAssist = staffAssist
        self.visualSwitch = visualSwitch
        self.visualCheck = visualCheck
        self.registration = registration
        self.firstVisitPaperwork = firstVisitPaperwork
        self.credentialCheck = credentialCheck
        self.onlineByNumber = onlineByNumber
        self.otherCredentialCheck = otherCredentialCheck
        self.moushitatesho = moushitatesho
        self.verbalConfirmation = verbalConfirmation
        self.manualRecord = manualRecord
        self.nameFix = nameFix
        self.wrongPersonHandling = wrongPersonHandling
        self.decision = decision
    }
}
