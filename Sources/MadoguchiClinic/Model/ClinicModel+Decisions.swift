import MadoguchiSim

/// Every staff decision goes through the policy. An immediate answer still arrives as an
/// event after the staff's thinking time, so autopilot and trainee take the same path.
extension ClinicModel {
    mutating func ask(_ decision: Decision, slot: Int, staff s: Int, reader r: Int, _ q: inout EventQueue<Event>) {
        let ticket = nextTicket
        nextTicket += 1
        pending[ticket] = PendingDecision(decision: decision, slot: slot, patientID: patients[slot].id, staff: s, reader: r)
        if decision != .switchBack {
            patients[slot].step = .awaitingDecision
        }
        if let action = policy.decide(decision, ticket: ticket) {
            let thinking = scenario.times.decision.sample(&patients[slot].rng)
            q.schedule(.answer(ticket: ticket, action: action), after: thinking)
        } else {
            note(.decisionPending(ticket: ticket, patient: patients[slot].id, decision), q.now)
        }
    }

    mutating func answer(_ ticket: Int, _ action: StaffAction, _ q: inout EventQueue<Event>) {
        guard let p = pending.removeValue(forKey: ticket) else { return }
        let slot = p.slot
        let present = patients[slot].id == p.patientID && patients[slot].phase != .done
        let error = p.decision.isError(action, patientRefusesEverything: present && patients[slot].refusesEverything)
        statistics.decisions += 1
        if error {
            statistics.decisionErrors += 1
            if present { patients[slot].decisionErrors += 1 }
        }
        note(.decided(patient: p.patientID, p.decision, action, error: error), q.now)
        switch p.decision {
        case .switchBack:
            if action == .leaveInVisualMode {
                freeReader(p.reader, &q)
            } else {
                let d = present ? scenario.times.visualSwitch.sample(&patients[slot].rng) : scenario.times.visualSwitch.mean
                requestStaff(.switchBack(reader: p.reader, duration: d), &q)
            }
        case .readerError, .faceFailed, .pinUnusable, .needsHelp:
            applyAtReader(p.decision, action, slot, &q)
        case .eligibility, .wrongPerson, .unrenderableName:
            applyAtDesk(action, p.staff, slot, &q)
        }
    }

    /// Decisions waiting for a person, oldest first.
    public var pendingDecisions: [(ticket: Int, decision: PendingDecision)] {
        pending.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}
