/// A model the engine can drive: it reacts to one event at a time and schedules more.
public protocol SimulationModel {
    associatedtype Event
    mutating func handle(_ event: Event, queue: inout EventQueue<Event>)

    /// Called before the engine hands the model a run of events. A model that writes its
    /// own storage without copy-on-write checks while it handles events makes that storage
    /// its own here: a copied model shares its buffers until then. Nothing else can call
    /// `handle`, as only the engine can make an `EventQueue`.
    mutating func willHandleEvents()
}

extension SimulationModel {
    /// Most models keep no storage of that kind.
    @inlinable public mutating func willHandleEvents() {}
}

/// Runs a model over its event list. Steppable, so a terminal UI can map wall-clock time
/// to simulated time with `run(until:)` and push keyboard actions in with `inject`.
///
/// Everything on the hot path is `@inlinable` so that it is specialised for the concrete
/// model in the caller's module; without it each event costs an unspecialised generic call.
public struct Simulator<Model: SimulationModel> {
    public var model: Model
    public var queue: FutureEventList<Model.Event>
    @usableFromInline var handled: Int = 0

    @inlinable public var eventsHandled: Int { handled }

    @inlinable public init(model: Model) {
        self.model = model
        self.queue = FutureEventList()
    }

    @inlinable public var now: Double { queue.now }

    /// Handles the next event, if any. Returns false when nothing is left.
    @inlinable @discardableResult public mutating func step() -> Bool {
        var events = handling()
        let stepped = step(&events)
        queue = events.finish()
        return stepped
    }

    /// Handles every event up to and including `time`, then moves the clock to `time`.
    @inlinable public mutating func run(until time: Double) {
        var events = handling()
        while let t = events.nextTime, t <= time {
            step(&events)
        }
        queue = events.finish()
        queue.advance(to: time)
    }

    /// Handles events until none is left.
    @inlinable public mutating func runToCompletion() {
        var events = handling()
        while step(&events) {}
        queue = events.finish()
    }

    /// Schedules an event at the current time, after those already due now.
    @inlinable public mutating func inject(_ event: Model.Event) {
        queue.schedule(event, at: queue.now)
    }

    @inlinable public mutating func schedule(_ event: Model.Event, at time: Double) {
        queue.schedule(event, at: time)
    }

    /// The event list for the model to schedule into, its buffer made this simulator's own
    /// (one copy-on-write check for the whole run). `queue` is left empty meanwhile (a new
    /// buffer of 16 events) until `finish()` hands the list back.
    @inlinable mutating func handling() -> EventQueue<Model.Event> {
        model.willHandleEvents()
        var list = queue
        queue = FutureEventList()
        list.heap.makeUnique()
        return EventQueue(handling: list)
    }

    /// Always inlined, so that the loops of `run(until:)` and `runToCompletion` hold the
    /// model's `handle` itself when the model makes it `@inline(__always)`, as
    /// MultiServerQueue does: no call per event.
    @inlinable @inline(__always) @discardableResult mutating func step(_ events: inout EventQueue<Model.Event>) -> Bool {
        guard let next = events.popNext() else { return false }
        model.handle(next.event, queue: &events)
        handled &+= 1
        return true
    }
}
