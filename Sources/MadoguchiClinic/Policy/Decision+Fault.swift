
extension Decision {
    /// The fault of DOMAIN.md's catalogue this question belongs to, for the debrief's
    /// per-fault review; nil for the clinic's own questions (the next task, a legacy card).
    package var fault: Fault? {
        switch situation {
        case .readerError: return .readerError
        case .faceFailed, .readerInVisualMode: return .faceMismatch
        case .pinLocked: return .pinLock
        case .needsHelp: return .needsHelp
        case .record(let result):
            if result.person != patient?.patient { return .wrongPerson }
            // 無効（新しい資格あり） is an eligibility fault read as a record; 複数該当 is none.
            if result.status == .invalidNewer { return .eligibilityInvalid }
            return result.nameDots ? .unrenderableName : nil
        case .eligibility(let problem, _): return problem.fault
        case .lineRestored: return .outage
        case .legacyCard, .readersDown, .nextTask: return nil
        }
    }
}
