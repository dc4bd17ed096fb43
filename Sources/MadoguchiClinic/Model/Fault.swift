/// The fault catalogue of DOMAIN.md. Per-visit rates are scenario parameters.
package enum Fault: String, CaseIterable, Sendable, Codable {
    case readerError = "reader_error"
    case faceMismatch = "face_mismatch"
    case pinLock = "pin_lock"
    case eligibilityInvalid = "eligibility_invalid"
    case certificateExpired = "certificate_expired"
    case unrenderableName = "unrenderable_name"
    case wrongPerson = "wrong_person"
    case outage = "outage"
    case needsHelp = "needs_help"

    /// The position in `allCases`, without searching it on the hot path.
    package var index: Int {
        switch self {
        case .readerError: return 0
        case .faceMismatch: return 1
        case .pinLock: return 2
        case .eligibilityInvalid: return 3
        case .certificateExpired: return 4
        case .unrenderableName: return 5
        case .wrongPerson: return 6
        case .outage: return 7
        case .needsHelp: return 8
        }
    }

    package var bit: UInt16 { 1 << UInt16(index) }

    /// Faults that can only strike at the card reader.
    package static let readerOnly: FaultSet = [.readerError, .faceMismatch, .pinLock, .certificateExpired, .wrongPerson, .needsHelp]
}

/// A small set of faults, stored as bits so a patient record stays a plain value.
package struct FaultSet: OptionSet, Sendable, Hashable, Codable, ExpressibleByArrayLiteral {
    package let rawValue: UInt16
    package init(rawValue: UInt16) { self.rawValue = rawValue }
    package init(_ fault: Fault) { rawValue = fault.bit }
    package init(arrayLiteral faults: Fault...) { rawValue = faults.reduce(0) { $0 | $1.bit } }

    @inline(__always) package func contains(_ fault: Fault) -> Bool { rawValue & fault.bit != 0 }
    package mutating func insert(_ fault: Fault) { formUnion(FaultSet(fault)) }
    package var faults: [Fault] { Fault.allCases.filter(contains) }
}
