import MadoguchiSim

/// The card-reader flow of DOMAIN.md: card placed → face or PIN → consent → result.
extension ClinicModel {
    mutating func enterReaderQueue(_ slot: Int, _ q: inout EventQueue<Event>) {
        patients[slot].phase = .readerQueue
        patients[slot].queuedSince = q.now
        if let r = readerPool.acquire(at: q.now) {
            startAtReader(slot, r, &q)
        } else {
            readerPool.enqueue(QueueEntry(slot: slot, id: patients[slot].id))
            scheduleRenege(slot, &q)
        }
    }

    mutating func startAtReader(_ slot: Int, _ r: Int, _ q: inout EventQueue<Event>) {
        let now = q.now
        patients[slot].waited += now - patients[slot].queuedSince
        patients[slot].phase = .atReader
        patients[slot].reader = r
        patients[slot].readerStart = now
        readers[r].patient = slot
        note(.readerStarted(patient: patients[slot].id, reader: r), now)
        proceedAtReader(slot, &q)
    }

    /// Takes the next step at the reader, or puts the next question to the staff.
    mutating func proceedAtReader(_ slot: Int, _ q: inout EventQueue<Event>) {
        let p = patients[slot]
        let r = p.reader
        if p.fate.contains(.needsHelp) && !p.helped {
            patients[slot].helped = true
            strike(.needsHelp, slot, q.now)
            ask(.needsHelp, slot: slot, staff: -1, reader: r, &q)
            return
        }
        if !p.identityConfirmed {
            let times = scenario.times
            if p.fate.contains(.readerError) && !p.readerErrorCleared {
                readerStep(slot, .failedRead, times.failedAttempt, &q)
                return
            }
            // A reader left in visual mode cannot match faces (DOMAIN.md, visual mode).
            if p.method.usesFace && !p.faceWorks && (p.fate.contains(.faceMismatch) || readers[r].visualMode) {
                readerStep(slot, .failedFace, times.failedAttempt, &q)
                return
            }
            if p.method.usesPIN && p.fate.contains(.pinLock) {
                readerStep(slot, .failedPIN, times.failedAttempt, &q, repeats: 3)
                return
            }
            patients[slot].identityConfirmed = true
        }
        readerStep(slot, .cardFlow, p.path == .mynaPhone ? scenario.times.phoneFlow : scenario.times.cardFlow, &q)
    }

    mutating func readerStep(_ slot: Int, _ step: Patient.Step, _ duration: Distribution,
                             _ q: inout EventQueue<Event>, repeats: Int = 1) {
        var d = 0.0
        for _ in 0..<repeats { d += duration.sample(&patients[slot].rng) }
        patients[slot].step = step
        patients[slot].stepStarted = q.now
        patients[slot].stepEnds = q.now + d
        q.schedule(.readerStepDone(slot: slot), after: d)
    }

    mutating func readerStepDone(_ slot: Int, _ q: inout EventQueue<Event>) {
        let now = q.now
        let p = patients[slot]
        switch p.step {
        case .failedRead:
            patients[slot].attempts += 1
            strike(.readerError, slot, now)
            ask(.readerError(attempt: patients[slot].attempts), slot: slot, staff: -1, reader: p.reader, &q)
        case .failedFace:
            patients[slot].attempts += 1
            strike(.faceMismatch, slot, now)
            let pin = p.method == .face
            ask(.faceFailed(attempt: patients[slot].attempts, pinAvailable: pin), slot: slot, staff: -1, reader: p.reader, &q)
        case .failedPIN:
            strike(.pinLock, slot, now)
            ask(.pinUnusable, slot: slot, staff: -1, reader: p.reader, &q)
        case .cardFlow:
            readerResult(slot, &q)
        default:
            break
        }
    }

    /// The online result, as the desk terminal shows it.
    mutating func readerResult(_ slot: Int, _ q: inout EventQueue<Event>) {
        let now = q.now
        let fate = patients[slot].fate
        if fate.contains(.certificateExpired) {
            strike(.certificateExpired, slot, now)
            leaveReader(slot, problem: .expired, &q)
            return
        }
        guard networkUp else {
            strike(.outage, slot, now)
            leaveReader(slot, problem: .outage, &q)
            return
        }
        statistics.mynaConfirmations += 1
        statistics.onlineConfirmations += 1
        if fate.contains(.eligibilityInvalid) {
            strike(.eligibilityInvalid, slot, now)
            leaveReader(slot, problem: .invalid, &q)
        } else if fate.contains(.wrongPerson) {
            strike(.wrongPerson, slot, now)
            patients[slot].resultIssue = .wrongPerson
            leaveReader(slot, problem: nil, &q)
        } else if fate.contains(.unrenderableName) {
            strike(.unrenderableName, slot, now)
            patients[slot].resultIssue = .unrenderableName
            leaveReader(slot, problem: nil, &q)
        } else {
            leaveReader(slot, problem: nil, &q)
        }
    }

    /// Applies a staff answer to a patient standing at the reader.
    mutating func applyAtReader(_ decision: Decision, _ action: StaffAction, _ slot: Int, _ q: inout EventQueue<Event>) {
        let p = patients[slot]
        switch (decision, action) {
        case (.readerError, .retry):
            if p.attempts == 1 && !patients[slot].rng.chance(scenario.faults.readerErrorRetryFails) {
                patients[slot].readerErrorCleared = true
            }
            proceedAtReader(slot, &q)
        case (.readerError, _):
            leaveReader(slot, problem: .readerFailed, &q)
        case (.faceFailed, .retry):
            if !readers[p.reader].visualMode && !patients[slot].rng.chance(scenario.faults.faceRetryFails) {
                patients[slot].faceWorks = true
            }
            proceedAtReader(slot, &q)
        case (.faceFailed, .usePIN) where p.method == .face:
            if p.pinKnown {
                patients[slot].method = .pin
                proceedAtReader(slot, &q)
            } else {
                ask(.pinUnusable, slot: slot, staff: -1, reader: p.reader, &q)
            }
        case (.pinUnusable, .retry):
            readerStep(slot, .failedPIN, scenario.times.failedAttempt, &q)
        case (.needsHelp, .assistAtReader):
            requestStaff(.assist(slot: slot), &q)
        default:
            requestStaff(.visual(slot: slot), &q)
        }
    }

    /// The patient takes the card and goes to the desk queue. A reader confirmed in visual
    /// mode must be switched back first, or the next patient's face match fails.
    mutating func leaveReader(_ slot: Int, problem: EligibilityProblem?, _ q: inout EventQueue<Event>) {
        let r = patients[slot].reader
        patients[slot].readerEnd = q.now
        patients[slot].problem = problem
        readers[r].patient = -1
        if patients[slot].usedVisualMode && readers[r].visualMode {
            ask(.switchBack, slot: slot, staff: -1, reader: r, &q)
        } else {
            freeReader(r, &q)
        }
        enterDeskQueue(slot, &q)
    }

    mutating func freeReader(_ r: Int, _ q: inout EventQueue<Event>) {
        readerPool.release(r, at: q.now)
        startNextAtReader(&q)
    }

    mutating func startNextAtReader(_ q: inout EventQueue<Event>) {
        guard readerPool.queueLength > 0, let r = readerPool.acquire(at: q.now) else { return }
        if let entry = Self.popLive(&readerPool, patients) {
            startAtReader(entry.slot, r, &q)
        } else {
            readerPool.release(r, at: q.now)
        }
    }

    mutating func setReader(_ r: Int, working: Bool, _ q: inout EventQueue<Event>) {
        guard readers.indices.contains(r), readers[r].working != working else { return }
        readers[r].working = working
        readerPool.setOffline(r, !working)
        note(.reader(r, working: working), q.now)
        if working { startNextAtReader(&q) }
    }

    mutating func strike(_ fault: Fault, _ slot: Int, _ now: Double) {
        if patients[slot].recoveryStart == nil { patients[slot].recoveryStart = now }
        guard !patients[slot].seen.contains(fault) else { return }
        patients[slot].seen.insert(fault)
        note(.fault(patient: patients[slot].id, fault), now)
    }
}
