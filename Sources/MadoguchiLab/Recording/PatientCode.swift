import MadoguchiClinic

/// The codes `patient_rows` stores for names, and its unit of time. They are fixed by the v2
/// migration's `patients` view, which turns them back into the names of docs/recording.md;
/// a test reads every case back through the view, so a new case cannot go unnoticed. Not
/// the enums' `index`: that follows the model's case order, which may change; a file's codes
/// may not.
enum PatientCode {
    static func path(_ path: CredentialPath) -> Int64 {
        switch path {
        case .mynaCard: 0
        case .mynaPhone: 1
        case .legacyCard: 2
        case .certificate: 3
        case .none: 4
        }
    }

    static func visit(_ visit: VisitType) -> Int64 {
        switch visit {
        case .first: 0
        case .return: 1
        }
    }

    static func method(_ method: AuthMethod) -> Int64 {
        switch method {
        case .face: 0
        case .pin: 1
        case .pinless: 2
        case .iphone: 3
        case .android: 4
        case .none: 5
        }
    }

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

    /// Seconds from opening, rounded to the millisecond: finer than any clock at a desk, and
    /// small integers take SQLite half the work of doubles. Nil for a time no Int64 holds
    /// (infinite, or past 290 million years), which converting would trap on.
    static func milliseconds(_ seconds: Double) -> Int64? { Int64(exactly: (seconds * 1000).rounded()) }
}
