import MadoguchiClinic

/// The codes `patient_rows` stores for names, and its unit of time. A path's and a method's
/// code is its profile's; the `patients` view turns codes back into the names of
/// docs/recording.md, and a test reads every case back through it, so a new case cannot go
/// unnoticed. Not the enums' `index`: that follows the model's case order, which may
/// change; a file's codes may not.
enum PatientCode {
    static func path(_ path: CredentialPath) -> Int64 { path.code }

    static func visit(_ visit: VisitType) -> Int64 {
        switch visit {
        case .first: 0
        case .return: 1
        }
    }

    static func method(_ method: AuthMethod) -> Int64 { method.code }

    static func outcome(_ outcome: Outcome) -> Int64 {
        switch outcome {
        case .confirmedOnline: 0
        case .confirmedByCredential: 1
        case .moushitatesho: 2
        case .provisionalFull: 3
        case .reneged: 4
        case .sentAway: 5
        }
    }

    /// The name a code stands for, by the same table: nil for a code no name has.
    static func path(code: Int64) -> CredentialPath? { CredentialPath.allCases.first { path($0) == code } }

    static func outcome(code: Int64) -> Outcome? { Outcome.allCases.first { outcome($0) == code } }

    /// Seconds from opening, rounded to the millisecond: finer than any clock at a desk, and
    /// small integers take SQLite half the work of doubles. Nil for a time no Int64 holds
    /// (infinite, or past 290 million years), which converting would trap on.
    static func milliseconds(_ seconds: Double) -> Int64? { Int64(exactly: (seconds * 1000).rounded()) }
}
