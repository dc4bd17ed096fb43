/// What the clerk knows of a patient: what was presented, what else the patient holds and
/// what the patient says. Never the individual number, never anything of a real person.
package struct PatientFacts: Sendable, Equatable, Hashable, Codable {
    package let patient: Int
    package let arrival: Double
    package let path: CredentialPath
    package let visit: VisitType
    package let method: AuthMethod
    /// The family name is written with a kanji outside JIS levels 1–2 (the ● fault).
    package let rareKanji: Bool
    /// Another proof of coverage the patient carries, if any.
    package let backup: BackupCredential?
    /// The patient says the PIN is remembered (meaningful for PIN-capable cards and Android).
    package let knowsPIN: Bool
    /// The patient says no to every procedure and will pay in full.
    package let refusesEverything: Bool

    package init(patient: Int, arrival: Double, path: CredentialPath, visit: VisitType, method: AuthMethod,
                rareKanji: Bool, backup: BackupCredential?, knowsPIN: Bool, refusesEverything: Bool) {
        self.patient = patient
        self.arrival = arrival
        self.path = path
        self.visit = visit
        self.method = method
        self.rareKanji = rareKanji
        self.backup = backup
        self.knowsPIN = knowsPIN
        self.refusesEverything = refusesEverything
    }

    /// The patient has the physical My Number card in hand (needed for お知らせ to count).
    package var hasMyNumberCard: Bool { path.profile.holdsCard }

    /// The patient's synthetic name, birth date and sex.
    package var name: PatientName { PatientNames.name(id: patient, rareKanji: rareKanji) }
}
