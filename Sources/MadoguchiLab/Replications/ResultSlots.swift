import Foundation

/// One slot per replication, written by exactly one worker each: no two threads touch the
/// same element, and the lock only guards the array's storage.
final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    subscript(index: Int) -> Value? {
        get { lock.withLock { slots[index] } }
        set { lock.withLock { slots[index] = newValue } }
    }

    var optionalValues: [Value?] { lock.withLock { slots } }
}
