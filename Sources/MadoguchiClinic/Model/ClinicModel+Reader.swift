import MadoguchiSim

/// The card-reader flow of DOMAIN.md: card placed → face or PIN → consent → result.
extension ClinicModel {
    mutating func enterReaderQueue(_ slot: Int, _ q: inout EventQueue<Event>) {
        patients[slot].joinReaderQueue(at: q.now)
        log.note(.queued(patient: patients[slot].id, .reader), q.now)
        if let r = readerPool.acquire(at: q.now) {
            startAtReader(slot, r, &q)
        } else {
            readerPool.enqueueInUnique(QueueEntry(slot: slot, id: patients[slot].id))
            scheduleRenege(slot, &q)
        }
    }

    mutating func startAtReader(_ slot: Int, _ r: Int, _ q: inout EventQueue<Event>) {
        let now = q.now
        patients[slot].startAtReader(r, at: now)
        readers[r].patient = slot
        log.note(.readerStarted(patient: patients[slot].id, reader: r), now)
        proceedAtReader(slot, &q)
    }

    /// Takes the next step at the reader, or puts the next question to the staff, in the
    /// order the reader shows them (DOMAIN.md): the card read (001), its certificate (006),
    /// identity, the line to the online system, then consent and the result. A card that
    /// cannot be read stays unreadable whatever else is done (visual mode included).
    mutating func proceedAtReader(_ slot: Int, _ q: inout EventQueue<Event>) {
        let p = patients[slot]
        let r = p.reader
        if p.fate.contains(.needsHelp) && !p.helped {
            patients[slot].helped = true
            strike(.needsHelp, slot, q.now)
            ask(.needsHelp, slot: slot, reader: r, &q)
            return
        }
        let times = scenario.times
        if p.fate.contains(.readerError) && !p.readerErrorCleared {
            readerStep(slot, .failedRead, times.failedAttempt, &q)
            return
        }
        if p.fate.contains(.certificateExpired) {
            readerStep(slot, .certificateRefused, times.failedAttempt, &q)
            return
        }
        if !p.identityConfirmed {
            // A reader left in visual mode cannot match faces (DOMAIN.md, visual mode).
            if check[p.method] == .readerFace && !p.faceWorks && (p.fate.contains(.faceMismatch) || readers[r].visualMode) {
                readerStep(slot, .failedFace, times.failedAttempt, &q)
                return
            }
            // A phone checks its holder with its own Face ID or Touch ID, whatever the reader's mode.
            if check[p.method] == .ownDevice && p.fate.contains(.faceMismatch) && !p.faceWorks {
                readerStep(slot, .failedFace, times.failedAttempt, &q)
                return
            }
            // A registry that does not recognise the face leaves no card to check by eye.
            if check[p.method] == .registry && p.fate.contains(.faceMismatch) {
                readerStep(slot, .failedFace, times.failedAttempt, &q)
                return
            }
            if check[p.method] == .readerPIN && (p.fate.contains(.pinLock) || p.pinForgotten) {
                readerStep(slot, .failedPIN, times.failedAttempt, &q, repeats: 3)
                return
            }
            patients[slot].identityConfirmed = true
        }
        guard networkUp else {
            readerStep(slot, .connectionFailed, times.failedAttempt, &q)
            return
        }
        // The decoder reads a flow for every reader path; one built without passes at once.
        readerStep(slot, .cardFlow, scenario.paths[p.path].flow ?? .deterministic(0), &q)
    }

    mutating func readerStep(_ slot: Int, _ step: Patient.Step, _ duration: Distribution,
                             _ q: inout EventQueue<Event>, repeats: Int = 1) {
        var d = 0.0
        var rng = patients[slot].rng
        for _ in 0..<repeats { d += duration.sample(&rng) }
        patients[slot].rng = rng
        setStep(slot, step, duration: d, q.now)
        q.schedule(.readerStepDone(slot: slot), after: d)
    }

    /// Sets the patient's step and tells the desk, which draws progress from it.
    mutating func setStep(_ slot: Int, _ step: Patient.Step, duration: Double, _ now: Double) {
        patients[slot].setStep(step, from: now, to: now + duration)
        log.note(.step(patient: patients[slot].id, step, ends: now + duration), now)
    }

    mutating func readerStepDone(_ slot: Int, _ q: inout EventQueue<Event>) {
        let now = q.now
        let p = patients[slot]
        switch p.step {
        case .failedRead:
            patients[slot].readAttempts += 1
            strike(.readerError, slot, now)
            ask(.readerError(attempt: patients[slot].readAttempts), slot: slot, reader: p.reader, &q)
        case .failedFace where check[p.method] == .registry:
            strike(.faceMismatch, slot, now)
            leaveReader(slot, problem: .readerFailed, &q)
        case .failedFace:
            patients[slot].faceAttempts += 1
            strike(.faceMismatch, slot, now)
            ask(.faceFailed(attempt: patients[slot].faceAttempts), slot: slot, reader: p.reader, &q)
        case .failedPIN:
            strike(.pinLock, slot, now)
            ask(.pinLocked, slot: slot, reader: p.reader, &q)
        case .certificateRefused:
            strike(.certificateExpired, slot, now)
            leaveReader(slot, problem: .expired, &q)
        case .connectionFailed:
            // Struck when the failed attempt ends, as every reader fault is, even if the line
            // came back meanwhile: the attempt met it down.
            strike(.outage, slot, now)
            leaveReader(slot, problem: .outage, &q)
        case .cardFlow:
            readerResult(slot, &q)
        default:
            break
        }
    }

    /// The online result, as the desk terminal shows it. A line that went down while the
    /// patient was at the consent screens fails the query at the end.
    mutating func readerResult(_ slot: Int, _ q: inout EventQueue<Event>) {
        let now = q.now
        let p = patients[slot]
        guard networkUp else {
            strike(.outage, slot, now)
            leaveReader(slot, problem: .outage, &q)
            return
        }
        countOnlineConfirmation(slot, myNumber: true)
        let via = self.via[p.path]
        if p.fate.contains(.eligibilityInvalid) {
            leaveReader(slot, problem: eligibilityFault(slot, via: via, now), &q)
            return
        }
        // Another person's record comes back in place of the patient's own (ひも付け誤り).
        let wrong = p.fate.contains(.wrongPerson)
        if wrong { strike(.wrongPerson, slot, now) }
        let dots = !wrong && p.fate.contains(.unrenderableName)
        if dots { strike(.unrenderableName, slot, now) }
        let result = OnlineResult(via: via, status: .valid, person: wrong ? OnlineResult.otherPerson(for: p.id) : p.id,
                                  nameDots: dots)
        patients[slot].result = result
        log.note(.onlineResult(patient: p.id, result), now)
        leaveReader(slot, problem: nil, &q)
    }

    /// An eligibility fault as the terminal answers it (the scenario's `[mix.invalid_result]`):
    /// 無効 and 該当資格なし are problems for the desk; 無効（新しい資格あり） is a record the
    /// desk reads, kept as the patient's result.
    mutating func eligibilityFault(_ slot: Int, via: OnlineResult.Via, _ now: Double) -> EligibilityProblem? {
        strike(.eligibilityInvalid, slot, now)
        let status = patients[slot].scriptedResult ?? scenario.invalidResultMix.sample(&patients[slot].rng)
        let result = OnlineResult(via: via, status: status, person: patients[slot].id, nameDots: false)
        log.note(.onlineResult(patient: patients[slot].id, result), now)
        switch status {
        case .noRecord: return .noRecord
        case .invalidNewer:
            patients[slot].result = result
            return nil
        default: return .invalid
        }
    }

    /// Applies a staff answer to a patient standing at the reader.
    mutating func applyAtReader(_ situation: Situation, _ action: StaffAction, _ slot: Int, _ q: inout EventQueue<Event>) {
        let p = patients[slot]
        let rates = scenario.faults
        switch (situation, action) {
        case (.readerError, .retry):
            if p.readAttempts == 1 && !patients[slot].rng.chance(rates.readerErrorRetryFails) {
                patients[slot].readerErrorCleared = true
            }
            proceedAtReader(slot, &q)
        case (.readerError, .assistAtReader):
            // Staff place the card themselves: one more try, as likely to work as a retry.
            if !patients[slot].rng.chance(rates.readerErrorRetryFails) { patients[slot].readerErrorCleared = true }
            requestStaff(.assist(slot: slot), &q)
        case (.readerError, .otherCredential):
            leaveReader(slot, problem: .readerFailed, &q)
        case (.faceFailed, .otherCredential):
            leaveReader(slot, problem: .phoneFailed, &q)
        case (.faceFailed, .retry):
            let onPhone = check[p.method] == .ownDevice
            if (onPhone || !readers[p.reader].visualMode) && !patients[slot].rng.chance(rates.faceRetryFails) {
                patients[slot].faceWorks = true
            }
            proceedAtReader(slot, &q)
        case (.faceFailed, .usePIN):
            patients[slot].method = .pin
            patients[slot].pinForgotten = !p.pinKnown
            proceedAtReader(slot, &q)
        case (.pinLocked, .retry):
            readerStep(slot, .failedPIN, scenario.times.failedAttempt, &q)
        case (.needsHelp, .assistAtReader):
            requestStaff(.assist(slot: slot), &q)
        case (.needsHelp, .sendAway):
            leaveReader(slot, problem: nil, sentAway: true, &q)
        default:
            requestStaff(.visual(slot: slot), &q)
        }
    }

    /// The patient takes the card and goes to the desk queue, or home if sent away. A reader
    /// confirmed in visual mode must be switched back first, or the next patient's face match
    /// fails.
    mutating func leaveReader(_ slot: Int, problem: EligibilityProblem?, sentAway: Bool = false,
                              _ q: inout EventQueue<Event>) {
        let r = patients[slot].reader
        patients[slot].readerEnd = q.now
        patients[slot].problem = problem
        readers[r].patient = -1
        if patients[slot].usedVisualMode && readers[r].visualMode {
            ask(.readerInVisualMode(reader: r), slot: slot, reader: r, &q)
        } else {
            freeReader(r, &q)
        }
        if sentAway {
            statistics.served += 1
            leave(slot, outcome: .sentAway, now: q.now)
        } else {
            enterDeskQueue(slot, &q)
        }
    }

    mutating func freeReader(_ r: Int, _ q: inout EventQueue<Event>) {
        readerPool.release(r, at: q.now)
        log.note(.readerFreed(reader: r), q.now)
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

    mutating func strike(_ fault: Fault, _ slot: Int, _ now: Double) {
        if patients[slot].recoveryStart == nil { patients[slot].recoveryStart = now }
        guard !patients[slot].seen.contains(fault) else { return }
        patients[slot].seen.insert(fault)
        log.note(.fault(patient: patients[slot].id, fault), now)
    }
}
