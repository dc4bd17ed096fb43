import MadoguchiSim

/// Every staff decision goes through the policy. A considered answer arrives as an event
/// after the staff's thinking time, so autopilot and trainee take the same path; a routine
/// glance (`Decision.isRoutine`) is answered on the spot.
extension ClinicModel {
    /// Puts a question to the staff. `slot` is the patient concerned, or -1 for a question
    /// about the clinic.
    mutating func ask(_ situation: Situation, slot: Int, staff s: Int = -1, reader r: Int = -1,
                      _ q: inout EventQueue<Event>) {
        if Policy.followsTheBook,
           let action = ProcedureRules.routineGlance(situation, patient: slot >= 0 ? patients[slot].id : nil,
                                                     networkUp: networkUp, readerHelpFirst: scenario.readerHelpFirst) {
            glance(situation, action, slot: slot, staff: s, &q)
        } else {
            consider(situation, slot: slot, staff: s, reader: r, &q)
        }
    }

    /// A question that is not a routine glance, or a policy that may not answer by the book:
    /// the decision is built and put to the policy. Out of line, so that a routine glance
    /// does not pay for this frame (about 20 instructions each).
    @inline(never) mutating func consider(_ situation: Situation, slot: Int, staff s: Int, reader r: Int,
                                          _ q: inout EventQueue<Event>) {
        let decision = Decision(situation, patient: slot >= 0 ? patients[slot].facts : nil,
                                legacyCards: legacyStatus, networkUp: networkUp, readerHelpFirst: scenario.readerHelpFirst)
        let ticket = nextTicket
        nextTicket += 1
        let action = policy.decide(decision, ticket: ticket)
        let question = PendingDecision(decision: decision, slot: slot, patientID: slot >= 0 ? patients[slot].id : -1,
                                       staff: s, reader: r, forPerson: action == nil)
        log.note(.decisionPending(ticket: ticket, decision, forPerson: action == nil), q.now)
        // A routine glance is settled on the spot: it never waits, so it needs no place in
        // `pending` (the autopilot meets one with nearly every patient).
        if let action, decision.isRoutine {
            settle(question, ticket: ticket, action: action, &q)
            return
        }
        pending.append((ticket, question))
        if slot >= 0, situation.kind != .readerInVisualMode {
            setStep(slot, .awaitingDecision, duration: 0, q.now)
        }
        guard let action else { return }
        q.schedule(.answer(ticket: ticket, action: action), after: scenario.times.decision.sample(&thinkingRNG))
    }

    /// A routine glance answered by the book: what `ask` and `settle` do for it, without the
    /// `Decision`, which is built only for a log. Every routine question is about the desk
    /// (a record, a legacy card) or the next task.
    mutating func glance(_ situation: Situation, _ action: StaffAction, slot: Int, staff s: Int,
                         _ q: inout EventQueue<Event>) {
        let ticket = nextTicket
        nextTicket += 1
        statistics.decisions += 1
        if log != nil {
            let decision = Decision(situation, patient: slot >= 0 ? patients[slot].facts : nil, legacyCards: legacyStatus,
                                    networkUp: networkUp, readerHelpFirst: scenario.readerHelpFirst)
            log.note(.decisionPending(ticket: ticket, decision, forPerson: false), q.now)
            log.note(.decided(ticket: ticket, decision, action, byPerson: false), q.now)
        }
        if case .nextTask = situation {
            takeNextTask(s, readerFirst: action == .goToReader, &q)
        } else {
            applyAtDesk(situation, action, s, slot, &q)
        }
    }

    /// Applies an answer. One that the question does not offer is ignored and the question
    /// stays open: the desk refuses such keys before they get here.
    mutating func answer(_ ticket: Int, _ action: StaffAction, _ q: inout EventQueue<Event>) {
        guard let i = pending.firstIndex(where: { $0.ticket == ticket }),
              pending[i].decision.decision.options.contains(action) else { return }
        settle(pending.remove(at: i).decision, ticket: ticket, action: action, &q)
    }

    /// Counts and notes the answer, then does what it says.
    mutating func settle(_ p: PendingDecision, ticket: Int, action: StaffAction, _ q: inout EventQueue<Event>) {
        let slot = p.slot
        statistics.decisions += 1
        if p.decision.ruling(action).isMistake {
            statistics.decisionErrors += 1
            if slot >= 0, patients[slot].id == p.patientID, patients[slot].phase != .done {
                patients[slot].decisionErrors += 1
            }
        }
        log.note(.decided(ticket: ticket, p.decision, action, byPerson: p.forPerson), q.now)
        switch p.decision.situation {
        case .readerInVisualMode(let reader):
            if action == .leaveInVisualMode {
                freeReader(reader, &q)
            } else {
                let present = slot >= 0 && patients[slot].id == p.patientID && patients[slot].phase != .done
                let d = present ? scenario.times.visualSwitch.sample(&patients[slot].rng) : scenario.times.visualSwitch.mean
                requestStaff(.switchBack(reader: reader, duration: d), &q)
            }
        case .readerError, .faceFailed, .pinLocked, .needsHelp:
            applyAtReader(p.decision.situation, action, slot, &q)
        case .record, .eligibility, .legacyCard:
            applyAtDesk(p.decision.situation, action, p.staff, slot, &q)
        case .readersDown:
            if action == .sendToDesk { sendCardPatientsToDesk(&q) }
        case .nextTask:
            takeNextTask(p.staff, readerFirst: action == .goToReader, &q)
        case .lineRestored(let noted):
            if action == .confirmNoted {
                var d = 0.0
                for _ in 0..<noted { d += scenario.times.onlineByNumber.sample(&clinicRNG) }
                requestStaff(.confirmNoted(count: noted, duration: d), &q)
            }
        }
    }

    /// Decisions waiting for a person, oldest first.
    package var pendingDecisions: [(ticket: Int, decision: PendingDecision)] { pending }
}
