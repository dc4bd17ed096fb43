import MadoguchiSim
import Testing

/// A model that records what it handles and, for "spawn", schedules "child" at the same time.
struct Recorder: SimulationModel {
    var log: [String] = []
    var times: [Double] = []

    mutating func handle(_ event: String, queue: inout EventQueue<String>) {
        log.append(event)
        times.append(queue.now)
        if event == "spawn" { queue.schedule("child", after: 0) }
    }
}

@Suite struct EventQueueTests {
    @Test func simultaneousEventsComeOutInSchedulingOrder() {
        var sim = Simulator(model: Recorder())
        for name in ["a", "b", "c", "d"] { sim.schedule(name, at: 5) }
        sim.schedule("early", at: 1)
        sim.schedule("spawn", at: 5)
        sim.schedule("e", at: 5)
        sim.runToCompletion()
        #expect(sim.model.log == ["early", "a", "b", "c", "d", "spawn", "e", "child"])
        #expect(sim.model.times == [1, 5, 5, 5, 5, 5, 5, 5])
        #expect(sim.eventsHandled == 8)
    }

    @Test func injectGoesAtNowAfterThoseAlreadyDue() {
        var sim = Simulator(model: Recorder())
        sim.schedule("a", at: 2)
        sim.schedule("b", at: 2)
        sim.schedule("later", at: 3)
        sim.step()
        #expect(sim.now == 2)
        sim.inject("injected")
        sim.runToCompletion()
        #expect(sim.model.log == ["a", "b", "injected", "later"])
        #expect(sim.model.times == [2, 2, 2, 3])
    }

    @Test func runUntilHandlesEventsAtExactlyThatTimeAndMovesTheClock() {
        var sim = Simulator(model: Recorder())
        sim.schedule("at5", at: 5)
        sim.schedule("after5", at: 5.000_001)
        sim.run(until: 5)
        #expect(sim.model.log == ["at5"])
        #expect(sim.now == 5)
        #expect(sim.queue.count == 1 && sim.queue.nextTime == 5.000_001)

        sim.run(until: 4)  // the clock never goes back
        #expect(sim.now == 5)

        sim.run(until: 10)
        #expect(sim.model.log == ["at5", "after5"])
        #expect(sim.now == 10)
        #expect(sim.queue.isEmpty)

        sim.inject("x")  // injected at the moved clock
        sim.run(until: 10)
        #expect(sim.model.times.last == 10)
    }

    /// The event being handled stays in the heap until the model schedules one (EventQueue):
    /// what the model sees of the queue meanwhile must not count it.
    @Test func theEventBeingHandledIsNotInTheQueueItSees() {
        struct Peeker: SimulationModel {
            var seen: [String] = []
            mutating func handle(_ event: Int, queue: inout EventQueue<Int>) {
                seen.append("\(event): \(queue.count) next \(queue.nextTime.map { "\($0)" } ?? "none")")
                if event == 1 {
                    queue.schedule(9, at: 9)
                    seen.append("\(event) scheduled: \(queue.count) next \(queue.nextTime.map { "\($0)" } ?? "none")")
                }
            }
        }
        var sim = Simulator(model: Peeker())
        sim.schedule(1, at: 1)
        sim.schedule(3, at: 3)
        sim.schedule(2, at: 2)
        sim.runToCompletion()
        #expect(sim.model.seen == [
            "1: 2 next 2.0", "1 scheduled: 3 next 2.0",
            "2: 2 next 3.0", "3: 1 next 9.0", "9: 0 next none",
        ])
        #expect(sim.queue.isEmpty && sim.queue.nextTime == nil && sim.eventsHandled == 4)
    }

    @Test func negativeDelaysAreClampedToNow() {
        struct Backdater: SimulationModel {
            var seen: [String] = []
            mutating func handle(_ event: Int, queue: inout EventQueue<Int>) {
                seen.append("\(event) at \(queue.now)")
                if event == 1 {
                    queue.schedule(2, after: -3)
                    seen.append("next \(queue.nextTime.map { "\($0)" } ?? "none")")
                }
            }
        }
        var sim = Simulator(model: Backdater())
        sim.schedule(1, at: 4)
        sim.runToCompletion()
        #expect(sim.model.seen == ["1 at 4.0", "next 4.0", "2 at 4.0"])
    }
}
