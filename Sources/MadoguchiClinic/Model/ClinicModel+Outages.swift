import MadoguchiSim

/// Broken readers and a line down: what staff do while they last and once they are over.
extension ClinicModel {
    /// A reader breaks or is repaired. When the last working one breaks, staff decide where
    /// card patients go; when one works again, they use it again.
    mutating func setReader(_ r: Int, working: Bool, _ q: inout EventQueue<Event>) {
        guard readers.indices.contains(r), readers[r].working != working else { return }
        readers[r].working = working
        readerPool.setOffline(r, !working)
        log.note(.reader(r, working: working), q.now)
        if working {
            cardPatientsToDesk = false
            startNextAtReader(&q)
        } else if !readers.contains(where: \.working) {
            ask(.readersDown, slot: -1, &q)
        }
    }

    /// Every card patient queueing for a reader, and every one who comes while no reader
    /// works, goes to the desk to be confirmed by other means.
    mutating func sendCardPatientsToDesk(_ q: inout EventQueue<Event>) {
        guard !readers.contains(where: \.working) else { return }
        cardPatientsToDesk = true
        while let entry = Self.popLive(&readerPool, patients) {
            patients[entry.slot].waited += q.now - patients[entry.slot].queuedSince
            patients[entry.slot].problem = .readerFailed
            enterDeskQueue(entry.slot, &q)
        }
    }

    /// The scenario's outage boundary number n; the next one is scheduled from here. Never
    /// inlined, nor is `setNetwork`: inlined into `handle`, they gave it a large frame that
    /// every event paid for (about 35 instructions a patient).
    @inline(never) mutating func outageBoundary(_ n: Int, _ q: inout EventQueue<Event>) {
        if n + 1 < outageBoundaries.count { q.schedule(.scheduledOutage(n + 1), at: outageBoundaries[n + 1].time) }
        handle(outageBoundaries[n].event, queue: &q)
    }

    /// The line goes down or comes back. Patients whose details were written down during
    /// the outage are to be confirmed with the emergency function once it is back.
    @inline(never) mutating func setNetwork(up: Bool, _ q: inout EventQueue<Event>) {
        networkUp = up
        log.note(.network(up: up), q.now)
        askToConfirmNoted(&q)
    }

    /// With the line up, the patients noted so far are to be confirmed: at the end of the
    /// outage, or at once for one whose details were finished after it ended.
    mutating func askToConfirmNoted(_ q: inout EventQueue<Event>) {
        guard networkUp, notedInOutage > 0 else { return }
        let noted = notedInOutage
        notedInOutage = 0
        ask(.lineRestored(noted: noted), slot: -1, &q)
    }
}
