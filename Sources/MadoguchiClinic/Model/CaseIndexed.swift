/// An enum whose cases index small per-case tables (`PerCase`). A case's index is its
/// position in `allCases`, read from the enum's tag: Swift numbers the cases of an enum
/// without payloads in declaration order, which is also the order of `allCases`, so no case
/// is ever numbered by hand and a new case cannot be numbered twice. CaseIndexedTests holds
/// `allCases[i].index == i` for every conforming enum.
package protocol CaseIndexed: CaseIterable, Hashable, Sendable where AllCases == [Self] {}

extension CaseIndexed {
    @inlinable @inline(__always) package var index: Int {
        // One byte holds the tag of any enum of 2 to 256 cases without payloads.
        Int(unsafeBitCast(self, to: UInt8.self))
    }
}

/// One value for each case of `Key`, stored in case order: per-case settings and counts
/// read on the hot path without a dictionary.
package struct PerCase<Key: CaseIndexed, Value> {
    package private(set) var values: [Value]

    package init<Failure: Error>(_ value: (Key) throws(Failure) -> Value) throws(Failure) {
        values = try Key.allCases.map(value)
    }

    package init(repeating value: Value) {
        values = Array(repeating: value, count: Key.allCases.count)
    }

    /// Read without a bounds check in release builds: a case's index is below the number of
    /// cases (CaseIndexedTests), which is the number of values (both initialisers). The model
    /// reads these tables at every turn: the checks cost about 14 instructions a patient.
    package subscript(key: Key) -> Value {
        get { values.withUnsafeBufferPointer { $0[key.index] } }
        set { values[key.index] = newValue }
    }
}

extension PerCase: Sendable where Value: Sendable {}
extension PerCase: Equatable where Value: Equatable {}
