@testable import MadoguchiClinic
import MadoguchiSim
import MadoguchiTestSupport
import Testing

/// Patience deadlines wait in a list until the next check, which puts only those of patients
/// still at reception into a heap (ClinicModel+Patience.swift). Whatever the bookkeeping, a
/// patient leaves the queue exactly when his patience ends (or, if it ended while he was at
/// the reader, as soon as he would have to queue again), and no one queues past it.
@Suite struct PatienceDeadlineTests {
    @Test func patientsLeaveTheQueueExactlyWhenTheirPatienceEnds() {
        let scenario = TestScenario.make(desks: 1, perHour: 80, hours: 6, patience: .exponential(mean: 600))
        var sim = ClinicModel.simulator(scenario: scenario, policy: Autopilot(), seed: 11, replication: 0)
        sim.model.records = []
        var patience: [Int: Double] = [:], queueing: [Int: Bool] = [:]
        var reneged = 0, served = 0
        while sim.step() {
            let now = sim.now
            for record in sim.model.records! {
                if record.outcome == .reneged {
                    reneged += 1
                    let end = patience[record.id] ?? -1
                    #expect(end == now || (queueing[record.id] == false && end < now),
                            "patient \(record.id) reneged at \(now), patience ended at \(end)")
                } else {
                    served += 1
                }
            }
            sim.model.records!.removeAll()
            for p in sim.model.patients where p.phase != .done {
                let inQueue = p.phase == .readerQueue || p.phase == .deskQueue
                patience[p.id] = p.leavesAt
                queueing[p.id] = inQueue
                if inQueue {
                    #expect(p.leavesAt >= now, "patient \(p.id) still queues at \(now), past his patience (\(p.leavesAt))")
                }
            }
        }
        #expect(reneged > 50, "the queue was long enough for patience to run out")
        #expect(served > reneged, "most patients were served before their patience ran out")
    }
}
