/// What a patient presents at reception (DOMAIN.md, "The credentials a patient can present").
public enum CredentialPath: String, CaseIterable, Sendable, Codable {
    case mynaCard = "myna_card"
    case mynaPhone = "myna_phone"
    case legacyCard = "legacy_card"
    case certificate = "certificate"
    case none = "none"

    /// The position in `allCases`, without searching it on the hot path.
    public var index: Int {
        switch self {
        case .mynaCard: return 0
        case .mynaPhone: return 1
        case .legacyCard: return 2
        case .certificate: return 3
        case .none: return 4
        }
    }

    /// Paths checked at the face-recognition card reader.
    @inline(__always) public var usesReader: Bool { self == .mynaCard || self == .mynaPhone }
}

/// How a My Number card or phone proves the holder's identity at the reader.
public enum AuthMethod: String, CaseIterable, Sendable, Codable {
    case face
    case pin
    /// A card issued without a PIN (顔認証マイナンバーカード): face or visual only.
    case pinless
    /// Face ID / Touch ID on the phone itself.
    case iphone
    /// A 4-digit PIN typed on the reader.
    case android
    /// No reader involved.
    case none

    var usesFace: Bool { self == .face || self == .pinless }
    var usesPIN: Bool { self == .pin || self == .android }
}

/// 初診 needs a questionnaire and a new patient card; 再診 has data on file.
public enum VisitType: String, CaseIterable, Sendable, Codable {
    case first
    case `return`
}
