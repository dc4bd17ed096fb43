/// The fault catalogue of DOMAIN.md. Per-visit rates are scenario parameters.
public enum Fault: String, CaseIterable, Sendable, Codable {
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
    public var index: Int {
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

    public var bit: UInt16 { 1 << UInt16(index) }

    /// Faults that can only strike at the card reader.
    public static let readerOnly: FaultSet = [.readerError, .faceMismatch, .pinLock, .certificateExpired, .wrongPerson, .needsHelp]
}

/// A small set of faults, stored as bits so a patient record stays a plain value.
public struct FaultSet: OptionSet, Sendable, Hashable, Codable, ExpressibleByArrayLiteral {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }
    public init(_ fault: Fault) { rawValue = fault.bit }
    public init(arrayLiteral faults: Fault...) { rawValue = faults.reduce(0) { $0 | $1.bit } }

    @inline(__always) public func contains(_ fault: Fault) -> Bool { rawValue & fault.bit != 0 }
    public mutating func insert(_ fault: Fault) { formUnion(FaultSet(fault)) }
    public var faults: [Fault] { Fault.allCases.filter(contains) }
}
