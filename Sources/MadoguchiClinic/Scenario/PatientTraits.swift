import MadoguchiSim

/// What patients bring and how they behave; all assumed, all per scenario.
package struct PatientTraits: Sendable, Equatable {
    /// Share of PIN users who remember their PIN when face recognition fails.
    package var pinKnown: Double
    /// Share who carry another way to prove coverage (マイナポータル, 資格確認書, legacy card).
    package var backupCredential: Double
    /// Share who refuse every procedure, the one case where 10割 is right.
    package var refusesEverything: Double
    /// How long a patient waits in a queue before leaving; nil means forever.
    package var patience: Distribution?
    /// The expiry printed on the 資格確認書 patients present; once the scenario's date is past
    /// it, a holder without the renewed one shows an expired certificate.
    package var certificateExpiry: CalendarDate
    /// Share of 資格確認書 holders who carry the renewed one once the printed date has passed.
    package var certificateRenewed: Double

    package init(pinKnown: Double, backupCredential: Double, refusesEverything: Double, patience: Distribution?,
                certificateExpiry: CalendarDate = CalendarDate(year: 9999, month: 12, day: 31), certificateRenewed: Double = 1) {
        self.pinKnown = pinKnown
        self.backupCredential = backupCredential
        self.refusesEverything = refusesEverything
        self.patience = patience
        self.certificateExpiry = certificateExpiry
        self.certificateRenewed = certificateRenewed
    }
}
