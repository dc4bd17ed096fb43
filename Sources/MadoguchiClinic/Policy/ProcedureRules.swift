/// The rule table: for each situation, the answers offered and how each is judged. The
/// source is DOMAIN.md's fault catalogue and recovery procedure (MHLW, 10 Jul 2023), laid
/// out as docs/training.md's table. The autopilot takes the first correct answer, so the
/// table is also the autopilot's whole behaviour; a new kind of decision is a case here,
/// its texts and its view.
package enum ProcedureRules {
    /// Static lists: the autopilot asks for them on every decision, so none is built anew.
    package static func options(_ d: Decision) -> [StaffAction] {
        switch d.situation {
        case .readerError: Options.readerError
        case .faceFailed:
            switch d.patient?.method {
            case .face: Options.faceWithPIN
            case let method? where method.check == .ownDevice: Options.phoneCheck
            default: Options.faceOnly
            }
        case .pinLocked: Options.pinLocked
        case .needsHelp: Options.needsHelp
        case .readerInVisualMode: Options.visualModeLeft
        case .record: Options.record
        case .eligibility(.outage, noted: false): Options.outageUnnoted
        case .eligibility: Options.eligibility
        case .legacyCard: Options.legacyCard
        case .readersDown: Options.readersDown
        case .nextTask: Options.nextTask
        case .lineRestored: Options.lineRestored
        }
    }

    enum Options {
        static let readerError: [StaffAction] = [.retry, .assistAtReader, .visualMode, .otherCredential]
        static let faceWithPIN: [StaffAction] = [.retry, .usePIN, .visualMode]
        static let faceOnly: [StaffAction] = [.retry, .visualMode]
        /// The iPhone checks its holder itself: the reader has no photo to compare by eye.
        static let phoneCheck: [StaffAction] = [.retry, .otherCredential]
        static let pinLocked: [StaffAction] = [.retry, .visualMode]
        static let needsHelp: [StaffAction] = [.assistAtReader, .visualMode, .sendAway]
        static let visualModeLeft: [StaffAction] = [.switchBack, .leaveInVisualMode]
        static let record: [StaffAction] = [.acceptRecord, .fixNameByHand, .useNewerRecord, .narrowDown, .setAsideRecord, .moushitatesho]
        static let otherProof: [StaffAction] = [.checkPortal, .checkCertificate, .checkLegacyCard, .checkNotice,
                                                .verbalConfirmation, .moushitatesho]
        static let outageUnnoted: [StaffAction] = [.manualRecord] + otherProof + [.chargeFull, .sendAway]
        static let eligibility: [StaffAction] = otherProof + [.chargeFull, .sendAway]
        static let legacyCard: [StaffAction] = [.confirmByNumber, .acceptByEye, .refuseCard]
        static let readersDown: [StaffAction] = [.sendToDesk, .waitForRepair]
        static let nextTask: [StaffAction] = [.goToReader, .serveDeskQueue]
        static let lineRestored: [StaffAction] = [.confirmNoted, .skipConfirmation]
    }

    /// The autopilot's answer: the first option the table calls correct.
    static func firstCorrect(_ d: Decision) -> StaffAction {
        if let action = routineAnswer(d) { return action }
        let offered = options(d)
        return offered.first { judge(d, $0).verdict == .correct } ?? offered[0]
    }

    /// The first correct option of the questions met with nearly every patient (a record on
    /// the terminal, a legacy card, the next task), each of which the table calls correct
    /// for exactly one option: named here, it spares every patient the static list and a
    /// walk through the table. ProcedureRulesTests holds it to the table for every case.
    @inline(__always) static func routineAnswer(_ d: Decision) -> StaffAction? {
        routineAnswer(d.situation, patient: d.patient?.patient, networkUp: d.networkUp, readerHelpFirst: d.readerHelpFirst)
    }

    /// `routineAnswer` from the parts of a decision it reads.
    @inline(__always) static func routineAnswer(_ situation: Situation, patient: Int?, networkUp: Bool,
                                                readerHelpFirst: Bool) -> StaffAction? {
        switch situation {
        case .record(let result):
            switch result.status {
            case .invalidNewer: return .useNewerRecord
            case .multiple: return .narrowDown
            default: break
            }
            guard result.person == patient else { return .setAsideRecord }
            return result.nameDots ? .fixNameByHand : .acceptRecord
        case .legacyCard(let status):
            switch status {
            case .valid: return networkUp ? .confirmByNumber : .acceptByEye
            case .stopGap: return .confirmByNumber
            case .refused: return .refuseCard
            }
        case .nextTask:
            return readerHelpFirst ? .goToReader : .serveDeskQueue
        default:
            return nil
        }
    }

    /// Whether a question with this standard answer is a routine glance (`Decision.isRoutine`).
    @inline(__always) static func isRoutine(_ situation: Situation, standardAction: StaffAction) -> Bool {
        switch situation {
        case .record(let result): return standardAction == .acceptRecord && result.status == .valid
        case .legacyCard, .nextTask: return true
        default: return false
        }
    }

    /// The standard answer to a routine glance, nil for any other question: what a model run
    /// by the book settles without building the `Decision` (about 250 instructions a patient).
    /// ProcedureRulesTests holds it to `Decision.isRoutine` and `standardAction`.
    @inline(__always) package static func routineGlance(_ situation: Situation, patient: Int?, networkUp: Bool,
                                                readerHelpFirst: Bool) -> StaffAction? {
        guard let answer = routineAnswer(situation, patient: patient, networkUp: networkUp, readerHelpFirst: readerHelpFirst),
              isRoutine(situation, standardAction: answer) else { return nil }
        return answer
    }

    /// An answer not offered is a slip; an offered one is judged by the table.
    package static func ruling(_ d: Decision, _ action: StaffAction) -> Ruling {
        guard options(d).contains(action) else { return .mistake(.timeLost, .slip) }
        return judge(d, action)
    }

    /// The table itself, for an action among the options.
    static func judge(_ d: Decision, _ action: StaffAction) -> Ruling {
        let p = d.patient
        switch d.situation {
        case .readerError(let attempt):
            // Retry once; a card still unreadable is confirmed by other means.
            switch action {
            case .retry: return attempt == 1 ? .correct : .mistake(.queueGrows)
            case .assistAtReader: return .acceptable
            case .visualMode: return .mistake(.unreadableStaysUnreadable)
            default: return attempt == 1 ? .acceptable : .correct
            }

        case .faceFailed(let attempt) where p?.method.check == .ownDevice:
            // The phone's Face ID or Touch ID: once more, then confirm eligibility another way.
            switch action {
            case .retry: return attempt == 1 ? .correct : .mistake(.queueGrows)
            default: return attempt == 1 ? .acceptable : .correct
            }

        case .faceFailed(let attempt):
            // Retry once, then the PIN; visual mode only for a patient who cannot use one.
            let pinUsable = p?.method == .face && p?.knowsPIN == true
            switch action {
            case .retry: return attempt == 1 ? .correct : .mistake(.queueGrows)
            case .usePIN:
                guard pinUsable else { return .mistake(.pinLocked) }
                return attempt == 1 ? .acceptable : .correct
            default:
                guard !pinUsable else { return .mistake(.needlessVisualMode) }
                return attempt == 1 ? .acceptable : .correct
            }

        case .pinLocked:
            // Locked is locked today: only the municipal office unlocks it.
            return action == .visualMode ? .correct : .mistake(.queueGrows)

        case .needsHelp:
            return action == .sendAway ? .mistake(.patientSentAway) : .correct

        case .readerInVisualMode:
            return action == .switchBack ? .correct : .mistake(.nextFaceFails, .lapse)

        case .record(let result):
            return record(result, p, action)

        case .eligibility(let problem, let noted):
            return eligibility(problem, noted: noted, d, action)

        case .legacyCard(let status):
            return legacyCard(status, networkUp: d.networkUp, action)

        case .readersDown:
            return action == .sendToDesk ? .correct : .mistake(.patientsAtDeadReader)

        case .nextTask:
            // The clinic's own rule (a scenario setting). Reader help first by default: the
            // patient at the reader blocks it for everyone behind, the desk queue can wait.
            return action == (d.readerHelpFirst ? .goToReader : .serveDeskQueue) ? .correct : .acceptable

        case .lineRestored:
            return action == .confirmNoted ? .correct : .mistake(.unconfirmedAfterOutage, .lapse)
        }
    }

    /// A record on the terminal: a newer eligibility is used instead of the ended one, several
    /// matches are narrowed down; a valid record is used only if it is the patient's own, and
    /// a ● name is fixed by hand from the card face, eligibility being fine.
    static func record(_ result: OnlineResult, _ p: PatientFacts?, _ action: StaffAction) -> Ruling {
        switch (result.status, action) {
        case (.invalidNewer, .useNewerRecord), (.multiple, .narrowDown): return .correct
        case (.invalidNewer, .acceptRecord): return .mistake(.endedEligibilityUsed)
        case (.multiple, .acceptRecord): return .mistake(.otherPersonsRecord)
        case (.invalidNewer, .moushitatesho), (.multiple, .moushitatesho): return .mistake(.unneededPaperwork)
        case (.invalidNewer, _), (.multiple, _): return .mistake(.timeLost)
        default: break
        }
        let ownRecord = result.person == p?.patient
        if !ownRecord {
            switch action {
            case .setAsideRecord: return .correct
            case .moushitatesho: return .mistake(.notReported, .lapse)
            default: return .mistake(.otherPersonsRecord)
            }
        }
        if result.nameDots {
            switch action {
            case .fixNameByHand: return .correct
            case .acceptRecord: return .mistake(.nameLeftWrong, .lapse)
            case .moushitatesho: return .mistake(.unneededPaperwork)
            default: return .mistake(.timeLost)
            }
        }
        switch action {
        case .acceptRecord: return .correct
        case .moushitatesho: return .mistake(.unneededPaperwork)
        default: return .mistake(.timeLost)
        }
    }

    /// No confirmation the normal way: another proof the patient holds, else 申立書 (or, with
    /// last-visit data, a verbal confirmation) and the normal share. 10割 only for a patient
    /// who refuses everything. In an outage the details are written down first.
    static func eligibility(_ problem: EligibilityProblem, noted: Bool, _ d: Decision, _ action: StaffAction) -> Ruling {
        guard let p = d.patient else { return .mistake(.timeLost) }
        switch action {
        case .sendAway: return .mistake(.patientSentAway)
        case .chargeFull: return p.refusesEverything ? .correct : .mistake(.fullCharge)
        case .manualRecord: return problem == .outage && !noted ? .correct : .mistake(.timeLost)
        default: break
        }
        if p.refusesEverything { return .acceptable }
        if problem == .outage && !noted { return .mistake(.detailsNotNoted, .lapse) }
        let proofHeld = p.backup.map { isProof($0, p, d) } ?? false
        if let asked = action.checks {
            guard asked == p.backup else { return .mistake(.notHeld) }
            guard proofHeld else { return asked == .legacyCard ? .mistake(.expiredCardAccepted) : .mistake(.notProof) }
            return .correct
        }
        if action == .verbalConfirmation && p.visit == .first { return .mistake(.noLastVisitData) }
        return proofHeld ? .acceptable : .correct
    }

    /// Whether a backup credential proves eligibility today.
    package static func isProof(_ backup: BackupCredential, _ p: PatientFacts, _ d: Decision) -> Bool {
        switch backup {
        case .portal, .certificate: return true
        case .notice: return p.hasMyNumberCard
        case .legacyCard:
            switch d.legacyCards {
            case .valid: return true
            case .stopGap: return d.networkUp
            case .refused: return false
            }
        }
    }

    /// Valid to its date (1 Dec 2025 at the latest); during the stop-gap to 31 Mar 2026
    /// accepted when confirmed online by number; refused afterwards.
    static func legacyCard(_ status: LegacyCardStatus, networkUp: Bool, _ action: StaffAction) -> Ruling {
        switch (status, action) {
        case (.valid, .confirmByNumber): return networkUp ? .correct : .acceptable
        case (.valid, .acceptByEye): return networkUp ? .acceptable : .correct
        case (.valid, _), (.stopGap, .refuseCard): return .mistake(.validCardRefused)
        case (.stopGap, .confirmByNumber), (.refused, .refuseCard): return .correct
        default: return .mistake(.expiredCardAccepted)
        }
    }
}
