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
