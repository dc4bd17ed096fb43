import MadoguchiSim

/// An array with value semantics whose writes do not check for sharing: the owner calls
/// `makeUnique()` once before a batch of writes (the model, in `willHandleEvents`, before
/// the engine hands it a run of events), and a write then costs what a write through a
/// pointer costs.
///
/// Why: the model writes its patients a dozen times per patient, and its staff, readers and
/// free slots a few times more; each write to an `Array` element calls the runtime's
/// uniqueness check, an out-of-line call of its own (about 180 instructions a patient for the
/// patients alone). Debug builds still check every write, so a write without `makeUnique()`
/// first fails the tests instead of changing a copy's elements.
package struct SlotArray<Element>: RandomAccessCollection {
    private var buffer: ElementBuffer<Element>

    package init() { buffer = ElementBuffer.make(capacity: 16) }

    package init(repeating element: Element, count: Int) {
        buffer = ElementBuffer.make(repeating: element, count: count)
    }

    package var startIndex: Int { 0 }
    package var endIndex: Int { buffer.withUnsafeMutablePointerToHeader { $0.pointee.count } }

    package subscript(slot: Int) -> Element {
        get { address(slot).pointee }
        _modify {
            assertUnique()
            yield &address(slot).pointee
        }
    }

    @inline(__always) private mutating func assertUnique() {
        assert(isKnownUniquelyReferenced(&buffer), "a SlotArray written without makeUnique() first")
    }

    /// The element's address. Valid while the buffer is not replaced: for the length of one
    /// access to `self`. The slot is checked against the count in debug builds only: every
    /// slot the model reads was handed out by it (a patient's by `vacantSlot`, staff and
    /// readers numbered below the scenario's counts, a reader named by a scenario or a key
    /// checked on the way in, `setReader`), and the test suite, built for debugging, checks
    /// every access. Checked in release builds too, the checks cost about 100 instructions a
    /// patient (callgrind): each is a load, a comparison and a branch, and the compiler cannot
    /// merge them across the model's calls.
    private func address(_ slot: Int) -> UnsafeMutablePointer<Element> {
        buffer.withUnsafeMutablePointers { header, elements in
            assert(UInt(bitPattern: slot) < UInt(bitPattern: header.pointee.count), "slot out of range")
            return elements + slot
        }
    }

    /// Gives this array a buffer of its own if it shares one with a copy: call it before writing.
    package mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&buffer) { buffer = buffer.copy(growing: false) }
    }

    /// Inlined, as are the other writes: the model appends and pops free slots and patience
    /// deadlines for every patient. Only growing is a call.
    @inline(__always) package mutating func append(_ element: Element) {
        assertUnique()
        if buffer.withUnsafeMutablePointerToHeader({ $0.pointee.count == $0.pointee.capacity }) {
            buffer = buffer.copy(growing: true)
        }
        buffer.withUnsafeMutablePointers { header, elements in
            (elements + header.pointee.count).initialize(to: element)
            header.pointee.count += 1
        }
    }

    @inline(__always) package mutating func popLast() -> Element? {
        assertUnique()
        return buffer.withUnsafeMutablePointers { header, elements in
            guard header.pointee.count > 0 else { return nil }
            header.pointee.count -= 1
            return (elements + header.pointee.count).move()
        }
    }

    /// Empties the array and keeps its room.
    package mutating func removeAll() {
        assertUnique()
        buffer.withUnsafeMutablePointers { header, elements in
            elements.deinitialize(count: header.pointee.count)
            header.pointee.count = 0
        }
    }
}

extension SlotArray: @unchecked Sendable where Element: Sendable {}
