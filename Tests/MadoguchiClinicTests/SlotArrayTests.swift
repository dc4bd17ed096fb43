import MadoguchiClinic
import MadoguchiSim
import MadoguchiTestSupport
import Testing

/// The model's patients, staff, readers, free slots and new patience deadlines live in
/// `SlotArray`s, whose writes skip the copy-on-write check that `makeUnique()` makes once
/// per run of events: a copy must still be a copy.
@Suite struct SlotArrayTests {
    @Test func appendedElementsAreReadBackPastTheFirstBuffer() {
        var a = SlotArray<Int>()
        for i in 0..<100 { a.append(i * i) }
        #expect(a.count == 100)
        #expect(Array(a) == (0..<100).map { $0 * $0 })
        a.makeUnique()
        a[42] = -1
        #expect(a[42] == -1 && a[41] == 41 * 41 && a[43] == 43 * 43)
    }

    @Test func aCopyIsNotChangedByWritesToTheOriginal() {
        var a = SlotArray<Int>()
        for i in 0..<20 { a.append(i) }
        let copy = a
        a.makeUnique()
        a[3] = 300
        a.append(20)
        #expect(Array(copy) == Array(0..<20))
        #expect(a[3] == 300 && a.count == 21)
    }

    @Test func poppedAndRemovedElementsLeaveTheCopyAlone() {
        var a = SlotArray(repeating: 7, count: 3)
        #expect(Array(a) == [7, 7, 7])
        let copy = a
        a.makeUnique()
        #expect(a.popLast() == 7 && a.count == 2)
        a.append(8)
        #expect(Array(a) == [7, 7, 8])
        a.removeAll()
        #expect(a.isEmpty && a.popLast() == nil)
        a.append(9)
        #expect(Array(a) == [9])
        #expect(Array(copy) == [7, 7, 7])
    }

    /// A simulator copied in the middle of a day and run on gives the same day as the
    /// original, and leaves the original's patients where they were.
    @Test func aCopiedSimulatorRunsOnIndependently() {
        let scenario = TestScenario.make(desks: 2, perHour: 70, patience: .exponential(mean: 900))
        var sim = ClinicModel.simulator(scenario: scenario, policy: Autopilot(), seed: 7, replication: 0)
        for _ in 0..<500 { sim.step() }
        var copy = sim
        let phases = sim.model.patients.map(\.phase), steps = sim.model.patients.map(\.step)
        let tasks = sim.model.staff.map(\.task), atReaders = sim.model.readers.map(\.patient)
        #expect(phases.contains { $0 != .done }, "patients are at reception when the copy is made")
        #expect(tasks.contains { $0 != nil }, "staff are at work when the copy is made")
        copy.runToCompletion()
        #expect(sim.model.patients.map(\.phase) == phases)
        #expect(sim.model.patients.map(\.step) == steps)
        #expect(sim.model.staff.map(\.task) == tasks)
        #expect(sim.model.readers.map(\.patient) == atReaders)
        sim.runToCompletion()
        #expect(sim.model.statistics.served == copy.model.statistics.served)
        #expect(sim.model.statistics.reneged == copy.model.statistics.reneged)
        #expect(sim.model.statistics.served > 0 && sim.model.statistics.reneged > 0)
        #expect(sim.model.patients.map(\.phase) == copy.model.patients.map(\.phase))
    }
}
