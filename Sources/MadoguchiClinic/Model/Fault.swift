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

    public var bit: UInt16 { 1 << UInt16(Self.allCases.firstIndex(of: self)!) }
}

/// A small set of faults, stored as bits so a patient record stays a plain value.
public struct FaultSet: OptionSet, Sendable, Hashable, Codable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }
    public init(_ fault: Fault) { rawValue = fault.bit }

    public func contains(_ fault: Fault) -> Bool { rawValue & fault.bit != 0 }
    public mutating func insert(_ fault: Fault) { formUnion(FaultSet(fault)) }
    public var faults: [Fault] { Fault.allCases.filter(contains) }
}
