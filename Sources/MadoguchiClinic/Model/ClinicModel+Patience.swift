import MadoguchiSim

/// A queued patient's patience deadline, in a heap of its own rather than in the event list.
/// Most deadlines outlive the wait they guard, because the patient is served first; in the
/// event list they were most of its entries (in the default scenario about 23 of 26, 20 of
/// them for patients already served) and made every other event dearer. The event list
/// holds one live `.renegeCheck`, for the earliest deadline that may still matter; one it
/// replaced stays there, stale, and is ignored when it comes.
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
        guard !p.renegeScheduled, p.leavesAt > q.now, p.leavesAt < .infinity else { return }
        patients[slot].renegeScheduled = true
        deadlines.insert(RenegeDeadline(time: p.leavesAt, sequence: deadlineSequence, slot: slot, id: p.id))
        deadlineSequence += 1
        armRenegeCheck(&q)
    }

    /// The deadlines now due: patients still queued leave, the others are forgotten.
    mutating func renegeCheck(_ generation: Int, _ q: inout EventQueue<Event>) {
        guard generation == checkGeneration else { return }
        nextCheck = .infinity
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
        while let first = deadlines.min, patients[first.slot].id != first.id || patients[first.slot].phase == .done {
            deadlines.popMin()
        }
        guard let first = deadlines.min, first.time < nextCheck else { return }
        nextCheck = first.time
        checkGeneration += 1
        q.schedule(.renegeCheck(generation: checkGeneration), at: first.time)
    }

    mutating func renege(_ slot: Int, _ id: Int, now: Double) {
        guard patients[slot].id == id else { return }
        switch patients[slot].phase {
        case .readerQueue: readerPool.markGone()
        case .deskQueue: staffPool.markGone()
        default: return
        }
        statistics.reneged += 1
        leave(slot, outcome: .reneged, now: now)
    }
}
