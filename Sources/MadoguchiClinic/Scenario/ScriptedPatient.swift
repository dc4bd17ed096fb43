/// A patient a lesson puts on stage: when he comes and everything about him, instead of the
/// draws from the scenario's mixes and rates. His durations still come from his own stream,
/// so a trainee and the autopilot meet the same patient taking the same time.
package struct ScriptedPatient: Sendable, Equatable {
    /// Seconds after opening.
    package var at: Double
    package var path: CredentialPath
    package var visit: VisitType
    package var method: AuthMethod
    package var faults: FaultSet
    package var knowsPIN: Bool
    package var backup: BackupCredential?
    package var refusesEverything: Bool
    /// What the online check answers for his eligibility fault, instead of a draw from
    /// `[mix.invalid_result]`.
    package var result: OnlineResult.Status?

    package init(at: Double, path: CredentialPath, visit: VisitType = .return, method: AuthMethod,
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
