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
}
