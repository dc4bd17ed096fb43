/// A patient a lesson puts on stage: when he comes and everything about him, instead of the
/// draws from the scenario's mixes and rates. His durations still come from his own stream,
/// so a trainee and the autopilot meet the same patient taking the same time.
public struct ScriptedPatient: Sendable, Equatable {
    /// Seconds after opening.
    public var at: Double
    public var path: CredentialPath
    public var visit: VisitType
    public var method: AuthMethod
    public var faults: FaultSet
    public var knowsPIN: Bool
    public var backup: BackupCredential?
    public var refusesEverything: Bool
    /// What the online check answers for his eligibility fault, instead of a draw from
    /// `[mix.invalid_result]`.
    public var result: OnlineResult.Status?

    public init(at: Double, path: CredentialPath, visit: VisitType = .return, method: AuthMethod,
                faults: FaultSet = [], knowsPIN: Bool = true, backup: BackupCredential? = nil,
                refusesEverything: Bool = false, result: OnlineResult.Status? = nil) {
        self.at = at
        self.path = path
        self.visit = visit
        self.method = method
        self.faults = faults
        self.knowsPIN = knowsPIN
        self.backup = backup
        self.refusesEverything = refusesEverything
        self.result = result
    }
}
