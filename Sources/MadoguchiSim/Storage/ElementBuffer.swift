/// Elements in one allocation, `count` of them initialized from the start, and room for
/// `capacity`: the storage of the event heap (`MinHeap`), of the clinic's patients, staff and
/// readers (`SlotArray`) and of a long run's histogram counts (`DurationHistogram`), which
/// check for sharing themselves, once per run rather than per write.
public final class ElementBuffer<Element>: ManagedBuffer<ElementCount, Element> {
    @inlinable public static func make(capacity: Int) -> ElementBuffer {
        let buffer = create(minimumCapacity: capacity) { _ in ElementCount(count: 0, capacity: capacity) }
        return unsafeDowncast(buffer, to: ElementBuffer.self)
    }

    /// `count` copies of `element`, with room for at least one.
    @inlinable public static func make(repeating element: Element, count: Int) -> ElementBuffer {
        let buffer = make(capacity: Swift.max(count, 1))
        buffer.withUnsafeMutablePointers { header, elements in
            elements.initialize(repeating: element, count: count)
            header.pointee.count = count
        }
        return buffer
    }

    /// A copy with the same elements, for storage that is shared or full; twice the room if
    /// `growing`. Never inlined: it runs once per doubling, or after a simulator was copied.
    /// Yet `@inlinable`, so that the caller's module sees its body: an opaque generic call
    /// inside a model's `handle` stops the compiler from resolving the engine's call to
    /// `handle` (it stays an indirect call through the protocol's witness table, and M/M/3
    /// cost about 60 instructions a customer more).
    @inlinable @inline(never) public func copy(growing: Bool) -> ElementBuffer {
        withUnsafeMutablePointers { header, elements in
            let capacity = growing ? Swift.max(2 * header.pointee.capacity, 16) : header.pointee.capacity
            let larger = ElementBuffer.make(capacity: capacity)
            larger.withUnsafeMutablePointers { newHeader, newElements in
                newElements.initialize(from: elements, count: header.pointee.count)
                newHeader.pointee.count = header.pointee.count
            }
            return larger
        }
    }

    deinit {
        _ = withUnsafeMutablePointers { header, elements in elements.deinitialize(count: header.pointee.count) }
    }
}

/// An `ElementBuffer`'s header. The capacity is kept here because `ManagedBuffer.capacity`
/// asks the allocator.
public struct ElementCount {
    public var count: Int
    public var capacity: Int

    @inlinable init(count: Int, capacity: Int) {
        self.count = count
        self.capacity = capacity
    }
}
