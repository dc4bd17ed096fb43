import MadoguchiSim

/// The desk staff: they serve the desk queue and are called to the readers.
extension ClinicModel {
    mutating func requestStaff(_ task: StaffTask, _ q: inout EventQueue<Event>) {
        switch task {
        case .assist(let slot), .visual(let slot): setStep(slot, .waiting, duration: 0, q.now)
        default: break
        }
        if let s = staffPool.acquire(at: q.now) {
            startTask(s, task, &q)
        } else {
            urgent.append(task)
        }
    }

    mutating func startTask(_ s: Int, _ task: StaffTask, _ q: inout EventQueue<Event>) {
        staff[s].task = task
        let times = scenario.times
        switch task {
        case .desk(let slot):
            log.note(.staffStarted(staff: s, .desk(patient: patients[slot].id), ends: q.now), q.now)
            startDesk(s, slot, &q)
        case .assist(let slot):
            let d = times.staffAssist.sample(&patients[slot].rng)
            log.note(.staffStarted(staff: s, .assist(patient: patients[slot].id, reader: patients[slot].reader), ends: q.now + d), q.now)
            staffStep(s, slot, .gettingHelp, d, &q)
        case .visual(let slot):
            let r = patients[slot].reader
            var d = times.visualCheck.sample(&patients[slot].rng)
            if !readers[r].visualMode {
                d += times.visualSwitch.sample(&patients[slot].rng)
                readers[r].visualMode = true
                log.note(.visualMode(reader: r, on: true), q.now)
            }
            patients[slot].usedVisualMode = true
            log.note(.staffStarted(staff: s, .visual(patient: patients[slot].id, reader: r), ends: q.now + d), q.now)
            staffStep(s, slot, .visualCheck, d, &q)
        case .switchBack(let r, let d):
            log.note(.staffStarted(staff: s, .switchBack(reader: r), ends: q.now + d), q.now)
            q.schedule(.staffStepDone(staff: s), after: d)
        case .confirmNoted(let count, let d):
            log.note(.staffStarted(staff: s, .confirmNoted(count: count), ends: q.now + d), q.now)
            q.schedule(.staffStepDone(staff: s), after: d)
        case .deciding:
            log.note(.staffStarted(staff: s, .deciding, ends: q.now), q.now)
        }
    }

    mutating func staffStep(_ s: Int, _ slot: Int, _ step: Patient.Step, _ duration: Double, _ q: inout EventQueue<Event>) {
        setStep(slot, step, duration: duration, q.now)
        q.schedule(.staffStepDone(staff: s), after: duration)
    }

    mutating func staffStepDone(_ s: Int, _ q: inout EventQueue<Event>) {
        guard let task = staff[s].task else { return }
        switch task {
        case .desk(let slot):
            deskStepDone(s, slot, &q)
        case .assist(let slot):
            freeStaff(s, &q)
            proceedAtReader(slot, &q)
        case .visual(let slot):
            patients[slot].identityConfirmed = true
            freeStaff(s, &q)
            proceedAtReader(slot, &q)
        case .switchBack(let r, _):
            readers[r].visualMode = false
            log.note(.visualMode(reader: r, on: false), q.now)
            freeStaff(s, &q)
            freeReader(r, &q)
        case .confirmNoted:
            freeStaff(s, &q)
        case .deciding:
            break
        }
    }

    /// A member of staff is free: work at the readers and the desk queue both waiting is a
    /// question (`Situation.nextTask`); otherwise whichever waits.
    mutating func freeStaff(_ s: Int, _ q: inout EventQueue<Event>) {
        staff[s].task = nil
        let workWaiting = !urgent.isEmpty || staffPool.queueLength > 0
        let next: Int
        if workWaiting && staffPool.keepServing(s, at: q.now) {
            log.note(.staffFree(staff: s), q.now)
            next = s
        } else {
            staffPool.release(s, at: q.now)
            log.note(.staffFree(staff: s), q.now)
            guard workWaiting, let free = staffPool.acquire(at: q.now) else { return }
            next = free
        }
        // Counted in place: building `deskQueue` for it cost more than the rest of the model.
        let waiting = urgent.isEmpty || staffPool.queueLength == 0 ? 0
            : Self.liveCount(staffPool, patients)
        if waiting > 0 {
            startTask(next, .deciding, &q)
            ask(.nextTask(deskQueue: waiting), slot: -1, staff: next, &q)
        } else {
            takeNextTask(next, readerFirst: true, &q)
        }
    }

    /// Staff member `s`, already claimed, takes the reader work or the next desk patient as
    /// asked, or the other if that one is gone; with nothing left to do he is free again.
    mutating func takeNextTask(_ s: Int, readerFirst: Bool, _ q: inout EventQueue<Event>) {
        if readerFirst, let task = urgent.popFirst() {
            startTask(s, task, &q)
        } else if staffPool.queueLength > 0, let entry = Self.popLive(&staffPool, patients) {
            startTask(s, .desk(slot: entry.slot), &q)
        } else if let task = urgent.popFirst() {
            startTask(s, task, &q)
        } else {
            freeStaff(s, &q)
        }
    }
}
