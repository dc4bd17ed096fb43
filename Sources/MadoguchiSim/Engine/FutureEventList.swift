/// The events still to come and the clock: what a simulator keeps between runs.
///
/// The event being handled stays at the heap's root until the model schedules its first
/// event, which takes the root's place with one pass down the heap; most events schedule
/// one more, so most cost one heap operation instead of a pop and an insert.
///
/// A value, copied on write like an array: a copied simulator runs on without disturbing
/// the original. While the engine runs, models schedule through an `EventQueue`, which
/// writes without the copy-on-write check.
public struct FutureEventList<Event> {
    @usableFromInline var heap = MinHeap<ScheduledEvent<Event>>()
    /// The root is the event handed out by `popNextFromUnique`, already handled or being handled.
    @usableFromInline var rootIsPast = false
    @usableFromInline var nextSequence: UInt64 = 0
    @usableFromInline var clock: Double = 0

    /// The simulated time, in seconds since the start of the run.
    @inlinable public var now: Double { clock }

    @inlinable public init() {}

    @inlinable public var count: Int { rootIsPast ? heap.count &- 1 : heap.count }
    @inlinable public var isEmpty: Bool { count == 0 }
    @inlinable public var nextTime: Double? { (rootIsPast ? heap.secondMin : heap.min)?.time }

    @inlinable public mutating func schedule(_ event: Event, at time: Double) {
        precondition(time >= now, "an event cannot be scheduled in the past")
        heap.makeUnique()
        insertIntoUnique(event, at: time)
    }

    @inlinable mutating func advance(to time: Double) {
        if time > clock { clock = time }
    }

    // The operations below need a heap whose buffer no other list shares (`heap.makeUnique()`).

    @inlinable @inline(__always) mutating func insertIntoUnique(_ event: Event, at time: Double) {
        let scheduled = ScheduledEvent(time: time, sequence: nextSequence, event: event)
        nextSequence &+= 1
        if rootIsPast {
            rootIsPast = false
            heap.replaceMinInUnique(with: scheduled)
        } else {
            heap.insertIntoUnique(scheduled)
        }
    }

    @inlinable @inline(__always) mutating func popNextFromUnique() -> ScheduledEvent<Event>? {
        if rootIsPast { heap.popMinFromUnique() }
        guard let next = heap.min else {
            rootIsPast = false
            return nil
        }
        rootIsPast = true
        clock = next.time
        return next
    }
}
