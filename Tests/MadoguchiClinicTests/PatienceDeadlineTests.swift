@testable import MadoguchiClinic
import MadoguchiSim
import MadoguchiTestSupport
import Testing

/// Patience deadlines wait in a list until the next check, which puts only those of patients
/// still at reception into a heap (ClinicModel+Patience.swift). Whatever the bookkeeping, a
/// patient who is queueing when his patience ends leaves at that moment, not later; one
/// whose patience ended while he was not queueing (at the reader) leaves the moment he
/// would queue again, and is never seen in a queue past his patience.
@Suite struct PatienceDeadlineTests {
    @Test func aQueueingPatientLeavesExactlyWhenHisPatienceEnds() {
        let scenario = TestScenario.make(desks: 2, perHour: 70, hours: 3, patience: .exponential(mean: 600))
        var sim = ClinicModel.simulator(scenario: scenario, policy: Autopilot(), seed: 11, replication: 0)
        sim.model.records = []
        // Each present patient's patience, and whether he was queueing after the last step.
        var patience: [Int: Double] = [:], queueing: [Int: Bool] = [:]
        var reneged = 0, served = 0, before = 0.0, queuedPastPatience = 0
        while sim.step() {
            let now = sim.now
            for record in sim.model.records! {
                if record.outcome == .reneged {
                    reneged += 1
                    let end = patience[record.id] ?? -1
                    // Or at once, on joining a queue after his patience ended elsewhere.
                    #expect(end == now || (queueing[record.id] == false && end < now),
                            "patient \(record.id) reneged at \(now), his patience ended at \(end)")
                } else {
                    served += 1
                }
            }
            sim.model.records!.removeAll()
            for p in sim.model.patients where p.phase != .done {
                let inQueue = p.phase == .readerQueue || p.phase == .deskQueue
                if inQueue && p.leavesAt < now { queuedPastPatience += 1 }
                if inQueue && queueing[p.id] == true {
                    #expect(!(before < p.leavesAt && p.leavesAt < now),
                            "patient \(p.id) queued on from \(before) to \(now), past his patience (\(p.leavesAt))")
                }
                patience[p.id] = p.leavesAt
                queueing[p.id] = inQueue
            }
            before = now
        }
        #expect(queuedPastPatience == 0, "patients were seen queueing after their patience ended")
        #expect(reneged > 20, "the queue was long enough for patience to run out")
        #expect(served > 20, "patients were served too")
    }
}
