import DequeModule

/// A FIFO resource with `capacity` identical servers (desk staff, card readers).
///
/// Servers have an index so a UI can show who serves whom, and can be taken offline (a
/// broken reader) without losing the patient they serve. Customers who give up waiting are
/// removed lazily: the model marks them gone and `next` skips them, so reneging costs O(1).
public struct ServerPool<Customer> {
    @usableFromInline var serving: [Bool]
    @usableFromInline var offline: [Bool]
    @usableFromInline var line = WaitingLine<Customer>()
    @usableFromInline var gone: Int = 0
    @usableFromInline var busyCount: Int = 0
    /// Servers neither serving nor offline. At high load most arrivals find none, and this
    /// count tells them so without a scan.
    @usableFromInline var idle: Int
    @usableFromInline var busyArea: Double = 0
    @usableFromInline var lastChange: Double = 0

    @inlinable public init(capacity: Int) {
        serving = Array(repeating: false, count: capacity)
        offline = Array(repeating: false, count: capacity)
        idle = capacity
    }

    @inlinable public var capacity: Int { serving.count }
    @inlinable public var busy: Int { busyCount }
    /// Customers still waiting (those who gave up are not counted).
    @inlinable public var queueLength: Int { line.count &- gone }
    /// Everyone in the line, first to last, those who gave up included.
    package var waiting: Deque<Customer> { Deque(line.elements) }
    /// How many in the line satisfy `predicate`, the line left as it is (no copy).
    @inlinable public func waitingCount(where predicate: (Customer) -> Bool) -> Int { line.count(where: predicate) }
    @inlinable public func isServing(_ server: Int) -> Bool { serving[server] }
    @inlinable public func isOffline(_ server: Int) -> Bool { offline[server] }

    /// Server-seconds spent serving up to `now`, for utilization.
    @inlinable public func busyTime(at now: Double) -> Double {
        busyArea + Double(busyCount) * (now - lastChange)
    }

    @inlinable mutating func account(_ now: Double) {
        busyArea += Double(busyCount) * (now - lastChange)
        lastChange = now
    }

    /// Claims the lowest-numbered free, working server, or returns nil.
    @inlinable @inline(__always) public mutating func acquire(at now: Double) -> Int? {
        guard idle > 0 else { return nil }
        for i in serving.indices where !serving[i] && !offline[i] {
            account(now)
            serving[i] = true
            busyCount &+= 1
            idle &-= 1
            return i
        }
        return nil
    }

    /// Frees a server. The caller then offers it to the next waiting customer.
    @inlinable @inline(__always) public mutating func release(_ server: Int, at now: Double) {
        account(now)
        serving[server] = false
        busyCount &-= 1
        if !offline[server] { idle &+= 1 }
    }

    /// A server that finishes while no other is free, and has a customer waiting, goes on
    /// serving: `release` then `acquire` would hand it back at once. Brings the books up to
    /// `now` as they would and returns true; returns false, changing nothing, when another
    /// server is free or this one is offline (then release it as usual).
    @inlinable @inline(__always) public mutating func keepServing(_ server: Int, at now: Double) -> Bool {
        guard idle == 0, !offline[server] else { return false }
        account(now)
        return true
    }

    @inlinable @inline(__always) public mutating func enqueue(_ customer: Customer) {
        line.append(customer)
    }

    /// Makes the line this pool's own: until the pool is next copied, `enqueueInUnique` can
    /// skip the copy-on-write check (`SimulationModel.willHandleEvents`).
    @inlinable package mutating func makeLineUnique() { line.makeUnique() }

    /// `enqueue` for a pool whose line was made unique since it was last copied.
    @inlinable @inline(__always) package mutating func enqueueInUnique(_ customer: Customer) {
        line.appendToUnique(customer)
    }

    /// Records that one queued customer left; `next` will skip them.
    @inlinable public mutating func markGone() { gone += 1 }

    /// The next customer still waiting, skipping those for whom `isGone` is true.
    @inlinable @inline(__always) public mutating func next(isGone: (Customer) -> Bool) -> Customer? {
        while let c = line.popFirst() {
            if isGone(c) { gone -= 1; continue }
            return c
        }
        return nil
    }

    @inlinable public mutating func setOffline(_ server: Int, _ value: Bool) {
        if offline[server] != value && !serving[server] { idle += value ? -1 : 1 }
        offline[server] = value
    }
}
