import MadoguchiSim

/// The desk staff: they serve the desk queue and are called to the readers.
extension ClinicModel {
    mutating func requestStaff(_ task: StaffTask, _ q: inout EventQueue<Event>) {
        switch task {
        case .assist(let slot), .visual(let slot): patients[slot].step = .waiting
        case .desk, .switchBack: break
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
            startDesk(s, slot, &q)
        case .assist(let slot):
            staffStep(s, slot, .gettingHelp, times.staffAssist.sample(&patients[slot].rng), &q)
        case .visual(let slot):
            let r = patients[slot].reader
            var d = times.visualCheck.sample(&patients[slot].rng)
            if !readers[r].visualMode {
                d += times.visualSwitch.sample(&patients[slot].rng)
                readers[r].visualMode = true
                note(.visualMode(reader: r, on: true), q.now)
            }
            patients[slot].usedVisualMode = true
            staffStep(s, slot, .visualCheck, d, &q)
        case .switchBack(_, let d):
            staff[s].stepEnds = q.now + d
            q.schedule(.staffStepDone(staff: s), after: d)
        }
    }

    mutating func staffStep(_ s: Int, _ slot: Int, _ step: Patient.Step, _ duration: Double, _ q: inout EventQueue<Event>) {
        patients[slot].step = step
        patients[slot].stepStarted = q.now
        patients[slot].stepEnds = q.now + duration
        staff[s].stepEnds = q.now + duration
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
            note(.visualMode(reader: r, on: false), q.now)
            freeStaff(s, &q)
            freeReader(r, &q)
        }
    }

    /// Work at the readers first, then the desk queue.
    mutating func freeStaff(_ s: Int, _ q: inout EventQueue<Event>) {
        staff[s].task = nil
        staffPool.release(s, at: q.now)
        if let task = urgent.popFirst() {
            startTask(staffPool.acquire(at: q.now)!, task, &q)
        } else if staffPool.queueLength > 0, let entry = Self.popLive(&staffPool, patients) {
            startTask(staffPool.acquire(at: q.now)!, .desk(slot: entry.slot), &q)
        }
    }
}
