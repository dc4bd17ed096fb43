import MadoguchiSim

extension ClinicModel {
    mutating func arrive(_ q: inout EventQueue<Event>) {
        let now = q.now
        if let next = arrivalRate.nextArrival(after: now, &arrivalRNG, segmentHint: &arrivalSegment) {
            q.schedule(.arrival, at: next)
        } else {
            rateEnded = true
        }
        let slot = vacantSlot()
        patients[slot] = makePatient(at: now)
        admit(slot, &q)
    }

    mutating func arriveScripted(_ n: Int, _ q: inout EventQueue<Event>) {
        let script = scenario.script
        if n + 1 < script.count {
            q.schedule(.scriptedArrival(n + 1), at: max(q.now, script[n + 1].at))
        } else {
            scriptEnded = true
        }
        let spec = script[n]
        // The seed comes off the attribute stream like any patient's, so the script's
        // patients take their own times, the same in every run with the same seed.
        var rng = Xoshiro256(seed: attributeRNG.next())
        defer { nextID += 1 }
        var patient = Patient(id: nextID, arrival: q.now, path: spec.path, visit: spec.visit, method: spec.method,
                              fate: spec.faults, pinKnown: spec.knowsPIN, backup: spec.backup,
                              refusesEverything: spec.refusesEverything, rng: Xoshiro256(seed: rng.next()))
        patient.scriptedResult = spec.result
        let slot = vacantSlot()
        patients[slot] = patient
        admit(slot, &q)
    }

    /// A slot for a new patient: the last one freed, or a new one holding a patient who has
    /// left, as a freed one does. The slot is chosen first so that `arrive`, with
    /// `makePatient` inlined, writes the new patient straight into it: built apart and copied
    /// in, his 288 bytes cost a call to `memcpy`, about 50 instructions a patient.
    @inline(__always) mutating func vacantSlot() -> Int {
        freeSlots.popLast() ?? newSlot()
    }

    /// Out of line: slots are added only while reception is fuller than it has been so far.
    @inline(never) mutating func newSlot() -> Int {
        patients.append(.departed)
        return patients.count - 1
    }

    /// Sends the patient in `slot` to the reader or the desk, his patience drawn there.
    mutating func admit(_ slot: Int, _ q: inout EventQueue<Event>) {
        let now = q.now
        if let patience = scenario.patients.patience {
            patients[slot].leavesAt = now + patience.sample(&patients[slot].rng)
        }
        statistics.arrived += 1
        log.note(.arrived(patients[slot].facts), now)
        let path = patients[slot].path
        if atReader[path] && !cardPatientsToDesk {
            enterReaderQueue(slot, &q)
        } else {
            if atReader[path] { patients[slot].problem = .readerFailed }
            enterDeskQueue(slot, &q)
        }
    }

    /// Draws a patient's whole fate from one seed taken off the attribute stream. Every
    /// chance is drawn whatever the path, so patient n is the same person in every scenario
    /// run with the same seed: common random numbers hold even when the mixes differ.
    @inline(__always) mutating func makePatient(at now: Double) -> Patient {
        var rng = Xoshiro256(seed: attributeRNG.next())
        let path = scenario.pathMix.sample(&rng)
        let visit: VisitType = rng.chance(arrivalChances.firstVisit) ? .first : .return
        // Read through buffers: iterating the arrays would copy out (and retain) each mix.
        // Another path's draw is only its one uniform, skipped without searching the mix.
        var method = usualMethod[path]
        methodDraws.withUnsafeBufferPointer { draws in
            for i in draws.indices {
                if draws[i].path == path { method = draws[i].methods.sample(&rng) } else { _ = rng.next() }
            }
        }
        var fate = FaultSet()
        arrivalChances.faults.withUnsafeBufferPointer { draws in
            for i in draws.indices where rng.chance(draws[i].chance) { fate.formUnion(draws[i].fault) }
        }
        let possible = atReader[path] ? forced : forced.subtracting(readerOnlyFaults)
        if !atReader[path] { fate.subtract(readerOnlyFaults) }
        // A presenter's forced fault goes to the first patient it can happen to.
        fate.formUnion(possible)
        forced.subtract(possible)
        let pinKnown = rng.chance(arrivalChances.pinKnown)
        let hasBackup = rng.chance(arrivalChances.backup)
        let refuses = rng.chance(arrivalChances.refusesEverything)
        let ownRNG = Xoshiro256(seed: rng.next())
        // Drawn after the patient's own seed, so adding it moved no earlier draw.
        let backupKind = scenario.backupMix.sample(&rng)
        // Drawn last too; it counts only once the certificates' printed date has passed.
        let renewed = rng.chance(arrivalChances.certificateRenewed)
        defer { nextID += 1 }
        return Patient(id: nextID, arrival: now, path: path, visit: visit, method: method, fate: fate,
                       pinKnown: pinKnown, backup: hasBackup ? backupKind : nil, refusesEverything: refuses,
                       certificateExpired: path == .certificate && certificatesPastExpiry && !renewed, rng: ownRNG)
    }

    /// An online confirmation, for the usage rate. Like every statistic it leaves out the
    /// patients who arrived in the warm-up.
    mutating func countOnlineConfirmation(_ slot: Int, myNumber: Bool) {
        guard patients[slot].arrival >= scenario.warmup else { return }
        statistics.onlineConfirmations += 1
        if myNumber { statistics.mynaConfirmations += 1 }
    }

    /// Writes the patient's record and frees the slot.
    mutating func leave(_ slot: Int, outcome: Outcome, now: Double) {
        patients[slot].leave(at: now, outcome: outcome)
        // The record is built where each reader needs it: built once for all three, it kept
        // every field alive across the statistics, about 30 instructions a patient even when
        // no record is kept.
        if patients[slot].arrival >= scenario.warmup {
            let record = patients[slot].record(leftAt: now, outcome: outcome)
            statistics.add(record, waited: record.wait)
        }
        if records != nil { records!.append(patients[slot].record(leftAt: now, outcome: outcome)) }
        lastDeparture = now
        log.note(.left(patients[slot].record(leftAt: now, outcome: outcome)), now)
        freeSlots.append(slot)
    }
}
