import MadoguchiSim

/// What patients bring and how they behave; all assumed, all per scenario.
public struct PatientTraits: Sendable, Equatable {
    /// Share of PIN users who remember their PIN when face recognition fails.
    public var pinKnown: Double
    /// Share who carry another way to prove coverage (マイナポータル, 資格確認書, legacy card).
    public var backupCredential: Double
    /// Share who refuse every procedure, the one case where 10割 is right.
    public var refusesEverything: Double
    /// How long a patient waits in a queue before leaving; nil means forever.
    public var patience: Distribution?

    public init(pinKnown: Double, backupCredential: Double, refusesEverything: Double, patience: Distribution?) {
        self.pinKnown = pinKnown
        self.backupCredential = backupCredential
        self.refusesEverything = refusesEverything
        self.patience = patience
    }
}
