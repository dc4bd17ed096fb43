import MadoguchiSim

/// The desk window: registration, credential checks and the recoveries of DOMAIN.md.
extension ClinicModel {
    mutating func enterDeskQueue(_ slot: Int, _ q: inout EventQueue<Event>) {
        patients[slot].joinDeskQueue(at: q.now)
        log.note(.queued(patient: patients[slot].id, .desk), q.now)
        log.note(.step(patient: patients[slot].id, .waiting, ends: q.now), q.now)
        if urgent.isEmpty, staffPool.queueLength == 0, let s = staffPool.acquire(at: q.now) {
            startTask(s, .desk(slot: slot), &q)
        } else {
            staffPool.enqueueInUnique(QueueEntry(slot: slot, id: patients[slot].id))
            scheduleRenege(slot, &q)
        }
    }

    mutating func startDesk(_ s: Int, _ slot: Int, _ q: inout EventQueue<Event>) {
        let now = q.now
        patients[slot].startAtDesk(s, at: now)
        log.note(.deskStarted(patient: patients[slot].id, staff: s), now)
        // Drawn from a copy of the patient's stream, put back once: one access to the array.
        var rng = patients[slot].rng
        var d = scenario.times.registration.sample(&rng)
        if patients[slot].visit == .first { d += scenario.times.firstVisitPaperwork.sample(&rng) }
        if !atReader[patients[slot].path] { d += scenario.times.credentialCheck.sample(&rng) }
        patients[slot].rng = rng
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
        default:
            break
        }
    }

    mutating func afterRegistration(_ s: Int, _ slot: Int, _ q: inout EventQueue<Event>) {
        let p = patients[slot]
        if atReader[p.path] {
            if let problem = p.problem {
                resolve(problem, s, slot, &q)
            } else if let result = p.result {
                ask(.record(result), slot: slot, staff: s, &q)
            }
            return
        }
        switch p.path {
        case .legacyCard:
            ask(.legacyCard(legacyStatus), slot: slot, staff: s, &q)
        case .certificate:
            confirmByNumber(s, slot, &q)
        default:
            resolve(.noCredential, s, slot, &q)
        }
    }

    /// A paper credential's insurer number, confirmed online; while the line is down a valid
    /// one is accepted by eye, an expired one (a legacy card in the stop-gap, a 資格確認書 past
    /// its printed date) is not.
    mutating func confirmByNumber(_ s: Int, _ slot: Int, _ q: inout EventQueue<Event>) {
        if networkUp {
            staffStep(s, slot, .onlineByNumber, scenario.times.onlineByNumber.sample(&patients[slot].rng), &q)
        } else if patients[slot].path == .legacyCard && legacyStatus == .stopGap || patients[slot].certificateExpired {
            resolve(.outage, s, slot, &q)
        } else {
            strike(.outage, slot, q.now)
            finish(s, slot, .confirmedByCredential, &q)
        }
    }

    /// The answer to a query by number; a line that went down while it was on its way
    /// leaves it unanswered, and the credential is handled as in the outage.
    mutating func afterOnlineByNumber(_ s: Int, _ slot: Int, _ q: inout EventQueue<Event>) {
        guard networkUp else {
            confirmByNumber(s, slot, &q)
            return
        }
        countOnlineConfirmation(slot, myNumber: false)
        let p = patients[slot]
        let rate = scenario.faults.multipleMatches
        if !p.narrowed, rate > 0, patients[slot].rng.chance(rate) {
            let result = OnlineResult(via: .number, status: .multiple, person: p.id, nameDots: false)
            patients[slot].result = result
            log.note(.onlineResult(patient: p.id, result), q.now)
            ask(.record(result), slot: slot, staff: s, &q)
            return
        }
        if p.fate.contains(.eligibilityInvalid) {
            if let problem = eligibilityFault(slot, via: .number, q.now) {
                resolve(problem, s, slot, &q)
            } else if let result = patients[slot].result {
                ask(.record(result), slot: slot, staff: s, &q)
            }
            return
        }
        let dots = p.fate.contains(.unrenderableName)
        if dots { strike(.unrenderableName, slot, q.now) }
        let result = OnlineResult(via: .number, status: .valid, person: p.id, nameDots: dots)
        patients[slot].result = result
        log.note(.onlineResult(patient: p.id, result), q.now)
        ask(.record(result), slot: slot, staff: s, &q)
    }

    mutating func resolve(_ problem: EligibilityProblem, _ s: Int, _ slot: Int, _ q: inout EventQueue<Event>) {
        patients[slot].problem = problem
        if let fault = problem.fault { strike(fault, slot, q.now) }
        if patients[slot].recoveryStart == nil { patients[slot].recoveryStart = q.now }
        ask(.eligibility(problem, noted: patients[slot].noted), slot: slot, staff: s, &q)
    }

    /// Starts what the staff chose at the desk; `afterRecovery` says where it leads.
    mutating func applyAtDesk(_ situation: Situation, _ action: StaffAction, _ s: Int, _ slot: Int,
                              _ q: inout EventQueue<Event>) {
        let times = scenario.times
        let duration: Distribution
        switch action {
        case .acceptRecord:
            finish(s, slot, .confirmedOnline, &q)
            return
        case .confirmByNumber:
            confirmByNumber(s, slot, &q)
            return
        case .acceptByEye:
            if !networkUp { strike(.outage, slot, q.now) }
            finish(s, slot, .confirmedByCredential, &q)
            return
        case .refuseCard:
            resolve(.legacyRefused, s, slot, &q)
            return
        case .chargeFull:
            finish(s, slot, .provisionalFull, &q)
            return
        case .sendAway:
            finish(s, slot, .sentAway, &q)
            return
        case .fixNameByHand: duration = times.nameFix
        case .useNewerRecord: duration = times.onlineByNumber
        case .narrowDown:
            patients[slot].narrowed = true
            confirmByNumber(s, slot, &q)
            return
        case .setAsideRecord: duration = times.wrongPersonHandling
        case .moushitatesho: duration = times.moushitatesho
        case .verbalConfirmation: duration = times.verbalConfirmation
        case .manualRecord: duration = times.manualRecord
        default: duration = times.otherCredentialCheck
        }
        staffStep(s, slot, .recovery(action), duration.sample(&patients[slot].rng), &q)
    }

    mutating func afterRecovery(_ action: StaffAction, _ s: Int, _ slot: Int, _ q: inout EventQueue<Event>) {
        let p = patients[slot]
        switch action {
        case .fixNameByHand, .useNewerRecord:
            finish(s, slot, .confirmedOnline, &q)
        case .setAsideRecord:
            resolve(.recordSetAside, s, slot, &q)
        case .manualRecord:
            patients[slot].noted = true
            notedInOutage += 1
            askToConfirmNoted(&q)
            resolve(p.problem ?? .outage, s, slot, &q)
        case .moushitatesho, .verbalConfirmation:
            finish(s, slot, p.refusesEverything ? .provisionalFull : .moushitatesho, &q)
        default:
            if p.refusesEverything {
                finish(s, slot, .provisionalFull, &q)
            } else if let asked = action.checks, asked != p.backup {
                // The patient does not have it: the question comes back.
                resolve(p.problem ?? .noCredential, s, slot, &q)
            } else {
                finish(s, slot, .confirmedByCredential, &q)
            }
        }
    }

    mutating func finish(_ s: Int, _ slot: Int, _ outcome: Outcome, _ q: inout EventQueue<Event>) {
        statistics.served += 1
        leave(slot, outcome: outcome, now: q.now)
        freeStaff(s, &q)
    }
}
