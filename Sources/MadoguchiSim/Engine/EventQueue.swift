/// An event waiting in the future event list.
@usableFromInline struct ScheduledEvent<Event>: Comparable {
    @usableFromInline let time: Double
    /// Breaks ties between simultaneous events: first scheduled, first handled (as SimPy).
    @usableFromInline let sequence: UInt64
    @usableFromInline let event: Event

    @inlinable init(time: Double, sequence: UInt64, event: Event) {
        self.time = time
        self.sequence = sequence
        self.event = event
    }

    @inlinable static func < (a: Self, b: Self) -> Bool {
        a.time < b.time || (a.time == b.time && a.sequence < b.sequence)
    }

    @inlinable static func == (a: Self, b: Self) -> Bool {
        a.time == b.time && a.sequence == b.sequence
    }
}

/// The future event list and the clock. Models schedule into it while they handle events.
///
/// The event being handled stays at the heap's root until the model schedules its first
/// event, which takes the root's place with one pass down the heap; most events schedule
/// one more, so most cost one heap operation instead of a pop and an insert.
public struct EventQueue<Event> {
    @usableFromInline var heap = MinHeap<ScheduledEvent<Event>>()
    /// The root is the event handed out by `popNext`, already handled or being handled.
    @usableFromInline var rootIsPast = false
    @usableFromInline var nextSequence: UInt64 = 0
    @usableFromInline var clock: Double = 0

    /// The simulated time, in seconds since the start of the run.
    @inlinable public var now: Double { clock }

    @inlinable public init() {}

    @inlinable public var count: Int { rootIsPast ? heap.count &- 1 : heap.count }
    @inlinable public var isEmpty: Bool { count == 0 }
    @inlinable public var nextTime: Double? { (rootIsPast ? heap.secondMin : heap.min)?.time }

    @inlinable @inline(__always) public mutating func schedule(_ event: Event, at time: Double) {
        precondition(time >= now, "an event cannot be scheduled in the past")
        insert(event, at: time)
    }

    /// Negative delays count as zero, so the time is never before now and needs no check.
    @inlinable @inline(__always) public mutating func schedule(_ event: Event, after delay: Double) {
        insert(event, at: now + max(0, delay))
    }

    @inlinable @inline(__always) mutating func insert(_ event: Event, at time: Double) {
        let scheduled = ScheduledEvent(time: time, sequence: nextSequence, event: event)
        nextSequence &+= 1
        if rootIsPast {
            rootIsPast = false
            heap.replaceMin(with: scheduled)
        } else {
            heap.insert(scheduled)
        }
    }

    @inlinable @inline(__always) mutating func popNext() -> ScheduledEvent<Event>? {
        if rootIsPast { heap.popMin() }
        guard let next = heap.min else {
            rootIsPast = false
            return nil
        }
        rootIsPast = true
        clock = next.time
        return next
    }

    @inlinable mutating func advance(to time: Double) {
        if time > clock { clock = time }
    }
}
