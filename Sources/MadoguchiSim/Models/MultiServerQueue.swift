/// The textbook G/G/c queue with optional reneging: the engine's reference model. Queueing
/// theory knows its answers (Erlang B and C, Pollaczek–Khinchine, Little's law), so the
/// validation tests and the speed benchmark against SimPy and Ciw run this model.
public struct MultiServerQueue: SimulationModel {
    public struct Configuration: Sendable {
        public var interarrival: Distribution
        public var service: Distribution
        public var servers: Int
        /// How long a customer waits before leaving; nil means forever.
        public var patience: Distribution?
        /// No arrivals after this time; the system then empties.
        public var horizon: Double
        /// Statistics ignore customers arriving before this time (steady-state runs).
        public var warmup: Double

        package init(interarrival: Distribution, service: Distribution, servers: Int,
                    patience: Distribution? = nil, horizon: Double, warmup: Double = 0) {
            self.interarrival = interarrival
            self.service = service
            self.servers = servers
            self.patience = patience
            self.horizon = horizon
            self.warmup = warmup
        }
    }

    public enum Event {
        case arrival
        case departure(server: Int)
        case renege(id: Int)
    }

    public struct Customer {
        public var id: Int
        public var arrival: Double

        @inlinable init(id: Int, arrival: Double) {
            self.id = id
            self.arrival = arrival
        }
    }

    /// The counters add with `&+=`: no run handles 2⁶³ events, so no overflow check is spent.
    public struct Statistics {
        public var arrived = 0
        public var served = 0
        public var reneged = 0
        /// Waits in queue of customers who arrived after the warm-up and were served.
        public var wait = Tally()
        /// Customers (after the warm-up) who found every server busy.
        public var delayed = 0
        /// Time-average number waiting, from the warm-up on.
        public var queueLength: TimeAverage
        public var arrivalsAfterWarmup = 0
    }

    // The state is stored under internal names, read through public ones, so that `handle`
    // can be inlined into the engine's loop in the caller's module: without it every event
    // is a call, and the call's prologue and epilogue cost about 30 instructions a customer.
    public let configuration: Configuration
    @usableFromInline var arrivals: Xoshiro256
    @usableFromInline var services: Xoshiro256
    @usableFromInline var patiences: Xoshiro256
    @usableFromInline var servers: ServerPool<Customer>
    /// Customers still queued, by id; kept only when reneging is on.
    @usableFromInline var queued: Set<Int> = []
    @usableFromInline var counts: Statistics
    @usableFromInline var nextID = 0

    package var pool: ServerPool<Customer> { servers }
    package var statistics: Statistics { counts }

    package init(_ configuration: Configuration, streams: RandomStreams, replication: Int) {
        self.configuration = configuration
        arrivals = streams.generator(replication: replication, purpose: 1)
        services = streams.generator(replication: replication, purpose: 2)
        patiences = streams.generator(replication: replication, purpose: 3)
        servers = ServerPool(capacity: configuration.servers)
        counts = Statistics(queueLength: TimeAverage(at: configuration.warmup))
    }

    /// Customers in the system now: queued plus in service.
    package var inSystem: Int { servers.queueLength + servers.busy }

    /// A simulator primed with the first arrival.
    package static func simulator(_ configuration: Configuration, seed: UInt64, replication: Int = 0) -> Simulator<Self> {
        var sim = Simulator(model: MultiServerQueue(configuration, streams: RandomStreams(seed: seed), replication: replication))
        let first = sim.model.configuration.interarrival.sample(&sim.model.arrivals)
        sim.schedule(.arrival, at: first)
        return sim
    }

    /// The line is appended to without a copy-on-write check while events are handled:
    /// about 10 instructions for each customer who waits. Nothing in `handle` copies the pool.
    @inlinable public mutating func willHandleEvents() { servers.makeLineUnique() }

    /// Always inlined into the engine's loop (Simulator.step): a call per event cost about 25
    /// instructions of prologue and epilogue. Reneging is outlined, as the queues the
    /// benchmark and most tests run have no patience.
    @inlinable @inline(__always) public mutating func handle(_ event: Event, queue: inout EventQueue<Event>) {
        switch event {
        case .arrival: arrive(queue: &queue)
        case .departure(let server): depart(from: server, queue: &queue)
        case .renege(let id): renege(id, at: queue.now)
        }
    }

    @inlinable @inline(__always) mutating func arrive(queue: inout EventQueue<Event>) {
        let now = queue.now
        let gap = configuration.interarrival.sample(&arrivals)
        if now + gap <= configuration.horizon { queue.schedule(.arrival, after: gap) }
        let customer = Customer(id: nextID, arrival: now)
        nextID &+= 1
        counts.arrived &+= 1
        let counted = now >= configuration.warmup
        if counted { counts.arrivalsAfterWarmup &+= 1 }
        if let server = servers.acquire(at: now) {
            startService(customer, on: server, queue: &queue)
        } else {
            if counted { counts.delayed &+= 1 }
            servers.enqueueInUnique(customer)
            noteQueueLength(now)
            if configuration.patience != nil { startPatience(customer, queue: &queue) }
        }
    }

    @inlinable @inline(__always) mutating func depart(from server: Int, queue: inout EventQueue<Event>) {
        counts.served &+= 1
        if configuration.patience != nil { return departReneging(from: server, queue: &queue) }
        let now = queue.now
        if let next = servers.next(isGone: { _ in false }) {
            noteQueueLength(now)
            startService(next, on: server, queue: &queue)
        } else {
            servers.release(server, at: now)
        }
    }

    @usableFromInline mutating func startPatience(_ customer: Customer, queue: inout EventQueue<Event>) {
        guard let patience = configuration.patience else { return }
        queued.insert(customer.id)
        queue.schedule(.renege(id: customer.id), after: patience.sample(&patiences))
    }

    @usableFromInline mutating func departReneging(from server: Int, queue: inout EventQueue<Event>) {
        let now = queue.now
        if let next = servers.next(isGone: { !queued.contains($0.id) }) {
            queued.remove(next.id)
            noteQueueLength(now)
            startService(next, on: server, queue: &queue)
        } else {
            servers.release(server, at: now)
        }
    }

    @usableFromInline mutating func renege(_ id: Int, at now: Double) {
        if queued.remove(id) != nil {
            servers.markGone()
            counts.reneged &+= 1
            noteQueueLength(now)
        }
    }

    @inlinable @inline(__always) mutating func startService(_ customer: Customer, on server: Int, queue: inout EventQueue<Event>) {
        if customer.arrival >= configuration.warmup {
            counts.wait.add(queue.now - customer.arrival)
        }
        queue.schedule(.departure(server: server), after: configuration.service.sample(&services))
    }

    /// Before the warm-up ends the average only remembers the current length, so that the
    /// queue present at the end of the warm-up counts from that moment on.
    @inlinable @inline(__always) mutating func noteQueueLength(_ now: Double) {
        if now >= configuration.warmup {
            counts.queueLength.set(Double(servers.queueLength), at: now)
        } else {
            counts.queueLength = TimeAverage(value: Double(servers.queueLength), at: configuration.warmup)
        }
    }
}
