/// A first-in, first-out line in a ring whose capacity is a power of two: the customers
/// waiting at a server pool.
///
/// Written here rather than taken from swift-collections: `Deque.append` runs as an
/// out-of-line closure with overflow checks, and the pool's line only ever needs append and
/// take-first. This ring cost the M/M/3 benchmark about 20 fewer instructions a customer.
///
/// The slots live in a `ManagedBuffer`, like `MinHeap`'s elements, so that a model can make
/// the line its own once per run (`makeUnique`) and append without the copy-on-write check,
/// an out-of-line call into the runtime (`appendToUnique`).
public struct WaitingLine<Element> {
    /// Slots outside the line hold nil, or a plain value already taken.
    @usableFromInline var slots: RingSlots<Element>
    @usableFromInline var head = 0
    @usableFromInline var stored = 0

    @inlinable public init() { slots = RingSlots.make(capacity: 4) }

    @inlinable public var count: Int { stored }
    @inlinable public var isEmpty: Bool { stored == 0 }
    @inlinable var mask: Int { slots.slotCount &- 1 }

    /// The elements from first to last.
    package var elements: [Element] {
        slots.withUnsafeMutablePointerToElements { s in (0..<stored).map { s[(head &+ $0) & mask]! } }
    }

    /// How many elements satisfy `predicate`, without building `elements`.
    @inlinable public func count(where predicate: (Element) -> Bool) -> Int {
        slots.withUnsafeMutablePointerToElements { s in
            var n = 0
            for i in 0..<stored where predicate(s[(head &+ i) & mask]!) { n &+= 1 }
            return n
        }
    }

    @inlinable @inline(__always) public mutating func append(_ element: Element) {
        makeUnique()
        appendToUnique(element)
    }

    /// Gives this line slots of its own, copying them if another line shares them.
    @inlinable @inline(__always) mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&slots) {
            slots = slots.copy(capacity: slots.slotCount, head: head, count: stored)
            head = 0
        }
    }

    /// `append` for a line whose slots no other line shares (`makeUnique`).
    /// Debug builds check that assumption, so that a test fails where the append would
    /// change another line's slots.
    @inlinable @inline(__always) mutating func appendToUnique(_ element: Element) {
        assert(isKnownUniquelyReferenced(&slots), "a line appended to without makeUnique() first")
        if stored == slots.slotCount { grow() }
        let tail = (head &+ stored) & mask
        slots.withUnsafeMutablePointerToElements { $0[tail] = element }
        stored &+= 1
    }

    @inlinable @inline(__always) public mutating func popFirst() -> Element? {
        guard stored > 0 else { return nil }
        let first = head
        head = (head &+ 1) & mask
        stored &-= 1
        // Reading needs no uniqueness check. Only an element holding references is cleared,
        // so that they are released at once; a plain value is left to be overwritten.
        let element = slots.withUnsafeMutablePointerToElements { $0[first] }
        if !_isPOD(Element.self) {
            if !isKnownUniquelyReferenced(&slots) { slots = slots.copy(capacity: slots.slotCount, head: 0, count: slots.slotCount) }
            slots.withUnsafeMutablePointerToElements { $0[first] = nil }
        }
        return element
    }

    /// Doubles the ring, the line laid out from its first element. Rare, so never inlined;
    /// `@inlinable` all the same, for the reason `ElementBuffer.copy(growing:)` gives.
    @inlinable @inline(never) mutating func grow() {
        slots = slots.copy(capacity: slots.slotCount * 2, head: head, count: stored)
        head = 0
    }
}

/// A line's slots: `capacity` of them (a power of two), every one initialized, nil or not.
@usableFromInline final class RingSlots<Element>: ManagedBuffer<Int, Element?> {
    /// Kept in the header: `ManagedBuffer.capacity` asks the allocator. Read through a
    /// pointer: the `header` property is a class's stored property, and each access to it
    /// is checked for exclusivity at run time.
    @inlinable var slotCount: Int { withUnsafeMutablePointerToHeader { $0.pointee } }

    @inlinable static func make(capacity: Int) -> RingSlots {
        let slots = unsafeDowncast(create(minimumCapacity: capacity) { _ in capacity }, to: RingSlots.self)
        slots.withUnsafeMutablePointerToElements { $0.initialize(repeating: nil, count: capacity) }
        return slots
    }

    /// New slots holding the `count` slots from `head` on (wrapping), laid out from the first.
    @inlinable @inline(never) func copy(capacity: Int, head: Int, count: Int) -> RingSlots {
        let larger = RingSlots.make(capacity: capacity)
        withUnsafeMutablePointerToElements { s in
            larger.withUnsafeMutablePointerToElements { l in
                for i in 0..<count { l[i] = s[(head &+ i) & (self.slotCount &- 1)] }
            }
        }
        return larger
    }

    deinit {
        _ = withUnsafeMutablePointers { count, s in s.deinitialize(count: count.pointee) }
    }
}
