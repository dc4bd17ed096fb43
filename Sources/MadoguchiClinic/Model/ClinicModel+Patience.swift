import MadoguchiSim

/// A queued patient's patience deadline, in a heap of its own rather than in the event list.
/// Most deadlines outlive the wait they guard, because the patient is served first; in the
/// event list they were most of its entries (in the default scenario about 23 of 26, 20 of
/// them for patients already served) and made every other event dearer. The event list
/// holds one live `.renegeCheck`, for the earliest deadline that may still matter; one it
/// replaced stays there, stale, and is ignored when it comes.
///
/// Nor does a new deadline go into the heap at once: it waits in a plain list until the next
/// check, which drops those of patients who have left (most of them, served in the meantime)
/// without any heap work. No decision changes: every deadline of a patient still at
/// reception is at or after `nextCheck`, so a new one needs a check of its own exactly when
/// it is earlier than `nextCheck`, whatever else the heap holds; and a check puts the list
/// into the heap before it takes the deadlines due, in the heap's order.
struct RenegeDeadline: Comparable {
    let time: Double
    /// Breaks ties as the event list would: first scheduled, first handled.
    let sequence: Int
    let slot: Int
    let id: Int

    static func < (a: Self, b: Self) -> Bool { (a.time, a.sequence) < (b.time, b.sequence) }
}

extension ClinicModel {
    /// A patient who has to queue gets a deadline at the end of his patience, counted from
    /// arrival; one who never queues needs none.
    mutating func scheduleRenege(_ slot: Int, _ q: inout EventQueue<Event>) {
        let p = patients[slot]
        guard !p.renegeScheduled, p.leavesAt < .infinity else { return }
        // Patience already over (zero, or ended while the clock stood still): the patient
        // who would have to queue leaves now, as the loss system of Erlang B needs.
        guard p.leavesAt > q.now else {
            renege(slot, p.id, now: q.now)
            return
        }
        patients[slot].renegeScheduled = true
        newDeadlines.append(RenegeDeadline(time: p.leavesAt, sequence: deadlineSequence, slot: slot, id: p.id))
        deadlineSequence += 1
        if p.leavesAt < nextCheck { scheduleCheck(at: p.leavesAt, &q) }
    }

    /// The deadlines now due: patients still queued leave, the others are forgotten.
    mutating func renegeCheck(_ generation: Int, _ q: inout EventQueue<Event>) {
        guard generation == checkGeneration else { return }
        nextCheck = .infinity
        for deadline in newDeadlines where !isGone(deadline) { deadlines.insert(deadline) }
        newDeadlines.removeAll()
        while let due = deadlines.min, due.time <= q.now {
            deadlines.popMin()
            renege(due.slot, due.id, now: q.now)
        }
        armRenegeCheck(&q)
    }

    /// Schedules a check for the earliest deadline whose patient is still at reception, if
    /// none is scheduled for it yet. A patient between queues (at the reader, say) keeps his
    /// deadline: he may queue again at the desk.
    mutating func armRenegeCheck(_ q: inout EventQueue<Event>) {
        while let first = deadlines.min, isGone(first) {
            deadlines.popMin()
        }
        guard let first = deadlines.min, first.time < nextCheck else { return }
        scheduleCheck(at: first.time, &q)
    }

    /// The one live check, at `time`; the one it replaces stays in the event list, stale.
    mutating func scheduleCheck(at time: Double, _ q: inout EventQueue<Event>) {
        nextCheck = time
        checkGeneration += 1
        q.schedule(.renegeCheck(generation: checkGeneration), at: time)
    }

    /// The deadline's patient has left reception (his slot may hold another patient now).
    func isGone(_ deadline: RenegeDeadline) -> Bool {
        patients[deadline.slot].id != deadline.id || patients[deadline.slot].phase == .done
    }

    mutating func renege(_ slot: Int, _ id: Int, now: Double) {
        guard patients[slot].id == id else { return }
        switch patients[slot].phase {
        case .readerQueue: readerPool.markGone()
        case .deskQueue: staffPool.markGone()
        default:
            // Not queueing now (at the reader, say): his patience is spent all the same, and
            // should he queue again he leaves at once, as one whose patience ended before he
            // first queued does (`scheduleRenege`). Left set, the flag gave him no second
            // deadline, and he queued at the desk past his patience.
            patients[slot].renegeScheduled = false
            return
        }
        statistics.reneged += 1
        leave(slot, outcome: .reneged, now: now)
    }
}
