import MadoguchiSim

/// An array with value semantics whose writes do not check for sharing: the owner calls
/// `makeUnique()` once before a batch of writes (the model, in `willHandleEvents`, before
/// the engine hands it a run of events), and a write then costs what a write through a
/// pointer costs.
///
/// Why: the model writes its patients a dozen times per patient, and each write to an
/// `Array` element calls the runtime's uniqueness check, an out-of-line call of its own
/// (about 180 instructions a patient). Debug builds still check every write, so a write
/// without `makeUnique()` first fails the tests instead of changing a copy's patients.
package struct SlotArray<Element>: RandomAccessCollection {
    private var buffer: ElementBuffer<Element>

    package init() { buffer = ElementBuffer.make(capacity: 16) }

    package var startIndex: Int { 0 }
    package var endIndex: Int { buffer.withUnsafeMutablePointerToHeader { $0.pointee.count } }

    package subscript(slot: Int) -> Element {
        get { address(slot).pointee }
        _modify {
            assert(isKnownUniquelyReferenced(&buffer), "a SlotArray written without makeUnique() first")
            yield &address(slot).pointee
        }
    }

    /// The element's address, checked against the count. Valid while the buffer is not
    /// replaced: for the length of one access to `self`.
    private func address(_ slot: Int) -> UnsafeMutablePointer<Element> {
        buffer.withUnsafeMutablePointers { header, elements in
            precondition(UInt(bitPattern: slot) < UInt(bitPattern: header.pointee.count), "slot out of range")
            return elements + slot
        }
    }

    /// Gives this array a buffer of its own if it shares one with a copy: call it before writing.
    package mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&buffer) { buffer = buffer.copy(growing: false) }
    }

    package mutating func append(_ element: Element) {
        let full = buffer.withUnsafeMutablePointerToHeader { $0.pointee.count == $0.pointee.capacity }
        if !isKnownUniquelyReferenced(&buffer) || full { buffer = buffer.copy(growing: full) }
        buffer.withUnsafeMutablePointers { header, elements in
            (elements + header.pointee.count).initialize(to: element)
            header.pointee.count += 1
        }
    }
}

extension SlotArray: @unchecked Sendable where Element: Sendable {}
