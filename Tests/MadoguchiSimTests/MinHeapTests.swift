import MadoguchiSim
import Testing

@Suite struct MinHeapTests {
    /// Random inserts and removals, growing far past the first buffer: the minimum always
    /// comes out first.
    @Test func popsInOrderThroughGrowth() {
        var heap = MinHeap<Int>()
        var model: [Int] = []
        var rng = Xoshiro256(seed: 5)
        for _ in 0..<20_000 {
            if rng.chance(0.6) {
                let value = Int(rng.next() % 1_000)
                heap.insert(value)
                model.append(value)
            } else {
                let smallest = model.min()
                if let smallest { model.remove(at: model.firstIndex(of: smallest)!) }
                #expect(heap.popMin() == smallest)
            }
            #expect(heap.count == model.count && heap.min == model.min())
        }
        #expect(model.count > 1_000)
        var drained: [Int] = []
        while let next = heap.popMin() { drained.append(next) }
        #expect(drained == model.sorted())
        #expect(heap.isEmpty && heap.popMin() == nil)
    }

    /// The buffer is shared by copies until one of them changes (copy on write).
    @Test func aCopyIsIndependent() {
        var heap = MinHeap<Int>()
        for value in [5, 3, 8, 1] { heap.insert(value) }
        var copy = heap
        copy.insert(0)
        copy.popMin()
        copy.popMin()
        #expect(heap.count == 4 && heap.min == 1)
        #expect(copy.count == 3 && copy.min == 3)
        heap.popMin()
        #expect(heap.min == 3 && copy.min == 3 && copy.count == 3)
    }

    /// Elements holding references are released when popped and when the heap goes away.
    @Test func elementsAreReleased() {
        final class Token {}
        struct Entry: Comparable {
            let key: Int
            let token: Token
            static func < (a: Self, b: Self) -> Bool { a.key < b.key }
            static func == (a: Self, b: Self) -> Bool { a.key == b.key }
        }
        weak var popped: Token?
        weak var kept: Token?
        do {
            var heap = MinHeap<Entry>()
            do {
                let first = Token(), second = Token()
                popped = first
                kept = second
                heap.insert(Entry(key: 1, token: first))
                heap.insert(Entry(key: 2, token: second))
            }
            heap.popMin()
            #expect(popped == nil && kept != nil)
        }
        #expect(kept == nil)
    }

    /// A simulator copied mid-run carries on as the original does, and running the copy
    /// leaves the original where it was: the event list is copied on write too.
    @Test func aCopiedSimulatorRunsIndependently() {
        let configuration = MultiServerQueue.Configuration(
            interarrival: .exponential(mean: 1), service: .exponential(mean: 2.5), servers: 3, horizon: 500)
        var original = MultiServerQueue.simulator(configuration, seed: 3)
        original.run(until: 100)
        var copy = original
        let pending = original.queue.count
        copy.runToCompletion()
        #expect(original.queue.count == pending && original.now == 100)
        original.runToCompletion()
        #expect(original.eventsHandled == copy.eventsHandled)
        #expect(original.model.statistics.wait == copy.model.statistics.wait)
        #expect(original.model.statistics.served > 400)
    }

    /// A copy and its original run in turns, a simulated second each, while customers queue,
    /// the copy with one more arrival: each must end where a simulator never copied ends.
    /// Event lists or waiting lines still shared after the copy (written without their
    /// copy-on-write check) would mix the two.
    @Test func aCopyAndItsOriginalRunInTurnsIndependently() {
        let configuration = MultiServerQueue.Configuration(
            interarrival: .exponential(mean: 1), service: .exponential(mean: 2.9), servers: 3, horizon: 400)
        var alone = MultiServerQueue.simulator(configuration, seed: 5)
        alone.runToCompletion()
        var aloneWithMore = MultiServerQueue.simulator(configuration, seed: 5)
        aloneWithMore.run(until: 50)
        aloneWithMore.inject(.arrival)
        aloneWithMore.runToCompletion()

        var original = MultiServerQueue.simulator(configuration, seed: 5)
        original.run(until: 50)
        var copy = original
        copy.inject(.arrival)
        var queued = 0
        for second in 51...1_000 {
            copy.run(until: Double(second))
            original.run(until: Double(second))
            queued = max(queued, original.model.pool.queueLength)
        }
        original.runToCompletion()
        copy.runToCompletion()
        #expect(queued >= 8)
        #expect(aloneWithMore.model.statistics.arrived > alone.model.statistics.arrived)
        #expect(original.model.statistics.wait == alone.model.statistics.wait)
        #expect(copy.model.statistics.wait == aloneWithMore.model.statistics.wait)
        #expect(original.eventsHandled == alone.eventsHandled && copy.eventsHandled == aloneWithMore.eventsHandled)
    }
}
