/// The fault catalogue of DOMAIN.md. Per-visit rates are scenario parameters.
package enum Fault: String, CaseIndexed, Codable {
    case readerError = "reader_error"
    case faceMismatch = "face_mismatch"
    case pinLock = "pin_lock"
    case eligibilityInvalid = "eligibility_invalid"
    case certificateExpired = "certificate_expired"
    case unrenderableName = "unrenderable_name"
    case wrongPerson = "wrong_person"
    case outage = "outage"
    case needsHelp = "needs_help"

    package struct Profile: Sendable {
        package let name: Bilingual
        /// It can only strike at the card reader.
        let readerOnly: Bool
        /// Drawn for each patient on arrival at the scenario's `faults.<name>` rate; an
        /// outage comes from the scenario's schedule instead.
        let perVisit: Bool
    }

    package var profile: Profile { Self.profiles[index] }
    package var name: Bilingual { profile.name }

    /// The bit a `FaultSet` and a recording's `fault_bits` use: a new fault goes last, so
    /// no recorded bit changes meaning.
    @inline(__always) package var bit: UInt16 { 1 << UInt16(truncatingIfNeeded: index) }

    static let profiles: [Fault.Profile] = allCases.map(\.row)
    package static let readerOnly = FaultSet(allCases.filter(\.profile.readerOnly))
    /// In the order their chances are drawn, which fixes each patient's fate for a seed.
    package static let perVisit = allCases.filter(\.profile.perVisit)

    private var row: Profile {
        switch self {
        case .readerError: Profile(name: Bilingual(en: "reader error", ja: "カードリーダーのエラー"), readerOnly: true, perVisit: true)
        case .faceMismatch: Profile(name: Bilingual(en: "face not recognised", ja: "顔認証の失敗"), readerOnly: true, perVisit: true)
        case .pinLock: Profile(name: Bilingual(en: "PIN locked", ja: "暗証番号のロック"), readerOnly: true, perVisit: true)
        case .eligibilityInvalid:
            Profile(name: Bilingual(en: "eligibility invalid", ja: "資格（無効）・該当資格なし"), readerOnly: false, perVisit: true)
        case .certificateExpired:
            Profile(name: Bilingual(en: "certificate expired", ja: "電子証明書の期限切れ"), readerOnly: true, perVisit: true)
        case .unrenderableName: Profile(name: Bilingual(en: "name shown as ●", ja: "氏名の●表示"), readerOnly: false, perVisit: true)
        case .wrongPerson:
            Profile(name: Bilingual(en: "another person's record", ja: "別人の資格情報（ひも付け誤り）"), readerOnly: true, perVisit: true)
        case .outage: Profile(name: Bilingual(en: "network outage", ja: "通信障害"), readerOnly: false, perVisit: false)
        case .needsHelp: Profile(name: Bilingual(en: "needs help at the reader", ja: "操作の介助が必要"), readerOnly: true, perVisit: true)
        }
    }
}

/// A small set of faults, stored as bits so a patient record stays a plain value.
package struct FaultSet: OptionSet, Sendable, Hashable, Codable, ExpressibleByArrayLiteral {
    package let rawValue: UInt16
    package init(rawValue: UInt16) { self.rawValue = rawValue }
    /// Written out: the one `OptionSet` supplies went through the generic sequence
    /// initialiser with an empty array, twice for every patient.
    package init() { rawValue = 0 }
    package init(_ fault: Fault) { rawValue = fault.bit }
    package init(arrayLiteral faults: Fault...) { self.init(faults) }
    package init(_ faults: some Sequence<Fault>) { rawValue = faults.reduce(0) { $0 | $1.bit } }

    @inline(__always) package func contains(_ fault: Fault) -> Bool { rawValue & fault.bit != 0 }
    package mutating func insert(_ fault: Fault) { formUnion(FaultSet(fault)) }
    package var faults: [Fault] { Fault.allCases.filter(contains) }
}
