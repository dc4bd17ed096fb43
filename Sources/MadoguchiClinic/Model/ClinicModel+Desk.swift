import MadoguchiSim

/// The desk window: registration, credential checks and the recoveries of DOMAIN.md.
extension ClinicModel {
    mutating func enterDeskQueue(_ slot: Int, _ q: inout EventQueue<Event>) {
        patients[slot].phase = .deskQueue
        patients[slot].step = .waiting
        patients[slot].queuedSince = q.now
        patients[slot].deskQueueEntry = q.now
        if urgent.isEmpty, staffPool.queueLength == 0, let s = staffPool.acquire(at: q.now) {
            startTask(s, .desk(slot: slot), &q)
        } else {
            staffPool.enqueue(QueueEntry(slot: slot, id: patients[slot].id))
            scheduleRenege(slot, &q)
        }
    }

    mutating func startDesk(_ s: Int, _ slot: Int, _ q: inout EventQueue<Event>) {
        let now = q.now
        patients[slot].waited += now - patients[slot].queuedSince
        patients[slot].phase = .atDesk
        patients[slot].staff = s
        patients[slot].serviceStart = now
        note(.deskStarted(patient: patients[slot].id, staff: s), now)
        let times = scenario.times
        var d = times.registration.sample(&patients[slot].rng)
        if patients[slot].visit == .first { d += times.firstVisitPaperwork.sample(&patients[slot].rng) }
        if !patients[slot].path.usesReader { d += times.credentialCheck.sample(&patients[slot].rng) }
        staffStep(s, slot, .registration, d, &q)
    }

    mutating func deskStepDone(_ s: Int, _ slot: Int, _ q: inout EventQueue<Event>) {
        switch patients[slot].step {
        case .registration:
            afterRegistration(s, slot, &q)
        case .onlineByNumber:
            afterOnlineByNumber(s, slot, &q)
        case .recovery(let action):
            afterRecovery(action, s, slot, &q)
        case .finishing:
            finish(s, slot, patients[slot].outcome ?? .confirmedOnline, &q)
        default:
            break
        }
    }

    mutating func afterRegistration(_ s: Int, _ slot: Int, _ q: inout EventQueue<Event>) {
        let p = patients[slot]
        switch p.path {
        case .mynaCard, .mynaPhone:
            if let problem = p.problem {
                resolve(problem, s, slot, &q)
            } else if p.resultIssue == .wrongPerson {
                ask(.wrongPerson, slot: slot, staff: s, reader: -1, &q)
            } else if p.resultIssue == .unrenderableName {
                ask(.unrenderableName, slot: slot, staff: s, reader: -1, &q)
            } else {
                finish(s, slot, .confirmedOnline, &q)
            }
        case .legacyCard, .certificate:
            let status = p.path == .certificate ? .valid : legacyStatus
            switch (status, networkUp) {
            case (.refused, _):
                resolve(.legacyRefused, s, slot, &q)
            case (_, true):
                staffStep(s, slot, .onlineByNumber, scenario.times.onlineByNumber.sample(&patients[slot].rng), &q)
            case (.valid, false):
                // A valid paper credential is accepted by eye while the line is down.
                strike(.outage, slot, q.now)
                finish(s, slot, .confirmedByCredential, &q)
            case (.stopGap, false):
                resolve(.outage, s, slot, &q)
            }
        case .none:
            resolve(.noCredential, s, slot, &q)
        }
    }

    mutating func afterOnlineByNumber(_ s: Int, _ slot: Int, _ q: inout EventQueue<Event>) {
        statistics.onlineConfirmations += 1
        let fate = patients[slot].fate
        if fate.contains(.eligibilityInvalid) {
            resolve(.invalid, s, slot, &q)
        } else if fate.contains(.unrenderableName) {
            strike(.unrenderableName, slot, q.now)
            ask(.unrenderableName, slot: slot, staff: s, reader: -1, &q)
        } else {
            finish(s, slot, .confirmedOnline, &q)
        }
    }

    mutating func resolve(_ problem: EligibilityProblem, _ s: Int, _ slot: Int, _ q: inout EventQueue<Event>) {
        patients[slot].problem = problem
        if let fault = problem.fault { strike(fault, slot, q.now) }
        if patients[slot].recoveryStart == nil { patients[slot].recoveryStart = q.now }
        ask(.eligibility(problem), slot: slot, staff: s, reader: -1, &q)
    }

    /// Starts the procedure the staff chose; `afterRecovery` says where it leads.
    mutating func applyAtDesk(_ action: StaffAction, _ s: Int, _ slot: Int, _ q: inout EventQueue<Event>) {
        let times = scenario.times
        let duration: Distribution
        switch action {
        case .otherCredential: duration = times.otherCredentialCheck
        case .moushitatesho:
            duration = patients[slot].visit == .return ? times.verbalConfirmation : times.moushitatesho
        case .manualRecord: duration = times.manualRecord
        case .confirmFromCardFace: duration = times.wrongPersonHandling
        case .fixNameByHand: duration = times.nameFix
        case .useRecordAsIs:
            finish(s, slot, .confirmedOnline, &q)
            return
        case .chargeFull:
            finish(s, slot, .provisionalFull, &q)
            return
        default:
            // A reader action asked at the desk makes no sense here: fall back to 申立書.
            applyAtDesk(.moushitatesho, s, slot, &q)
            return
        }
        staffStep(s, slot, .recovery(action), duration.sample(&patients[slot].rng), &q)
    }

    mutating func afterRecovery(_ action: StaffAction, _ s: Int, _ slot: Int, _ q: inout EventQueue<Event>) {
        let p = patients[slot]
        switch action {
        case .otherCredential:
            if p.refusesEverything {
                finish(s, slot, .provisionalFull, &q)
            } else if p.hasBackup {
                finish(s, slot, .confirmedByCredential, &q)
            } else {
                applyAtDesk(.moushitatesho, s, slot, &q)
            }
        case .moushitatesho:
            finish(s, slot, p.refusesEverything ? .provisionalFull : .moushitatesho, &q)
        case .manualRecord, .confirmFromCardFace:
            applyAtDesk(.otherCredential, s, slot, &q)
        default:
            finish(s, slot, .confirmedOnline, &q)
        }
    }

    mutating func finish(_ s: Int, _ slot: Int, _ outcome: Outcome, _ q: inout EventQueue<Event>) {
        statistics.served += 1
        leave(slot, outcome: outcome, now: q.now)
        freeStaff(s, &q)
    }
}
