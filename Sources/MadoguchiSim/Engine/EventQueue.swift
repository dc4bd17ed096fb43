/// The future event list as a model sees it while it handles an event: the clock, and
/// scheduling.
///
/// Not copyable, so no model can keep a copy of the list: the engine checks once per run
/// that the heap's buffer is its own (`Simulator.handling`), and every event after that is
/// scheduled without the copy-on-write check, an out-of-line call into the runtime that
/// cost about 15 instructions an M/M/3 customer. Only the engine makes one, so a model's
/// `handle` runs only inside a run, after its `willHandleEvents`.
public struct EventQueue<Event>: ~Copyable {
    @usableFromInline var list: FutureEventList<Event>

    /// The list's heap must be unique (`MinHeap.makeUnique`).
    @inlinable init(handling list: FutureEventList<Event>) { self.list = list }

    /// The simulated time, in seconds since the start of the run.
    @inlinable public var now: Double { list.clock }
    @inlinable public var count: Int { list.count }
    @inlinable public var isEmpty: Bool { list.isEmpty }
    @inlinable public var nextTime: Double? { list.nextTime }

    @inlinable @inline(__always) public mutating func schedule(_ event: Event, at time: Double) {
        precondition(time >= now, "an event cannot be scheduled in the past")
        list.insertIntoUnique(event, at: time)
    }

    /// Negative delays count as zero, so the time is never before now and needs no check.
    @inlinable @inline(__always) public mutating func schedule(_ event: Event, after delay: Double) {
        list.insertIntoUnique(event, at: now + max(0, delay))
    }

    /// The list, for the simulator to keep until its next run.
    @inlinable consuming func finish() -> FutureEventList<Event> { list }

    @inlinable @inline(__always) mutating func popNext() -> ScheduledEvent<Event>? {
        list.popNextFromUnique()
    }
}
