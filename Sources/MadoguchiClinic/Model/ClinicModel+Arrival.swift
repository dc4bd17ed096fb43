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
        // The seed comes off the attribute stream and gives his own stream as any patient's
        // does, so the script's patients take their own times, the same in every run with
        // the same seed.
        defer { nextID += 1 }
        var patient = Patient(id: nextID, arrival: q.now, path: spec.path, visit: spec.visit, method: spec.method,
                              fate: spec.faults, pinKnown: spec.knowsPIN, backup: spec.backup,
                              refusesEverything: spec.refusesEverything, rng: Self.ownStream(attributeRNG.next()))
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

    /// Draws a patient's whole fate from one seed taken off the attribute stream: the seed's
    /// SplitMix64 outputs are his attributes, and its mix starts his own stream
    /// (`ownStream`). Each attribute takes one draw whatever the path, and the faults, whose
    /// number of draws varies, come last, so patient n is the same person in every scenario
    /// run with the same seed: common random numbers hold even when the mixes differ.
    @inline(__always) mutating func makePatient(at now: Double) -> Patient {
        let seed = attributeRNG.next()
        let ownRNG = Self.ownStream(seed)
        var rng = SplitMix64(seed: seed)
        let path = scenario.pathMix.sample(&rng)
        let visit: VisitType = rng.chance(arrivalChances.firstVisit) ? .first : .return
        // One draw for the method, used by the path's mix if it has one. Read through a
        // buffer: iterating the array would copy out (and retain) each mix.
        let methodDraw = rng.unit()
        var method = usualMethod[path]
        methodDraws.withUnsafeBufferPointer { draws in
            for i in draws.indices where draws[i].path == path { method = draws[i].methods.pick(methodDraw) }
        }
        let pinKnown = rng.chance(arrivalChances.pinKnown)
        let hasBackup = rng.chance(arrivalChances.backup)
        let refuses = rng.chance(arrivalChances.refusesEverything)
        let backupKind = scenario.backupMix.sample(&rng)
        // It counts only once the certificates' printed date has passed.
        let renewed = rng.chance(arrivalChances.certificateRenewed)
        var fate = arrivalChances.faults.draw(&rng)
        let impossible = impossibleFaults[path]
        let possible = forced.subtracting(impossible)
        fate.subtract(impossible)
        // A presenter's forced fault goes to the first patient it can happen to.
        fate.formUnion(possible)
        forced.subtract(possible)
        defer { nextID += 1 }
        return Patient(id: nextID, arrival: now, path: path, visit: visit, method: method, fate: fate,
                       pinKnown: pinKnown, backup: hasBackup ? backupKind : nil, refusesEverything: refuses,
                       certificateExpired: pastExpiry[path] && !renewed, rng: ownRNG)
    }

    /// The stream of every duration and later chance of the patient whose seed this is: it
    /// starts at the seed's mix, a point of SplitMix64's sequence unrelated to the seed's own
    /// outputs, which drew his attributes.
    @inline(__always) static func ownStream(_ seed: UInt64) -> SplitMix64 {
        SplitMix64(seed: SplitMix64.mix(seed))
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
