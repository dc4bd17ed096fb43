/// What a patient presents at reception (DOMAIN.md, "The credentials a patient can present").
/// Everything that differs from one path to another is its row in `profile`: a new path is a
/// case, its row, and whatever its flow does that no other path does.
package enum CredentialPath: String, CaseIndexed, Codable {
    case mynaCard = "myna_card"
    case mynaPhone = "myna_phone"
    case legacyCard = "legacy_card"
    case certificate = "certificate"
    case none = "none"
    /// What-if (DOMAIN.md, "The future the seed points to"): every reader takes the phone;
    /// the patient taps it and confirms on the phone itself.
    case phoneTap = "phone_tap"
    /// What-if: no card and no phone; a camera matches the face against a registry, then
    /// the online check runs as today. A false reject sends the patient to the desk with
    /// another proof; a false accept is another person's record (`wrong_person`).
    case faceOnly = "face_only"

    /// The order a patient's path is drawn in: each what-if path next to the My Number card it
    /// stands in for, so that one uniform draw gives a patient the card today and the phone
    /// or the face in the what-if (common random numbers: `compare` then sets the same
    /// patients side by side). A mix without the what-ifs draws as in `allCases`.
    static let samplingOrder: [CredentialPath] = [.mynaCard, .phoneTap, .faceOnly, .mynaPhone, .legacyCard, .certificate, .none]

    /// One path's fixed facts. Its times and shares are the scenario's (`PathSetup`).
    package struct Profile: Sendable {
        package let name: Bilingual
        /// A few characters for the queue and the reader panels.
        package let shortName: Bilingual
        /// The theme colour the desk draws it in.
        package let look: Look
        /// The reader's first screen; nil for a path the desk checks by eye.
        package let firstScreen: Bilingual?
        /// Identity methods, the usual first; where there are several, `[mix.<path>]` shares them.
        package let methods: [AuthMethod]
        /// The `[times]` key of the whole flow at the reader when all goes well.
        let flowKey: String?
        /// How the online result says it was asked.
        package let via: OnlineResult.Via
        /// The patient has the physical My Number card in hand (お知らせ counts only with it).
        package let holdsCard: Bool
        /// The first day it could be used at reception (DOMAIN.md); nil if it always could.
        let introduced: CalendarDate?
        /// What a recording stores for it: fixed once written, never reused.
        package let code: Int64

        /// The patient starts at the card reader.
        package var atReader: Bool { firstScreen != nil }
    }

    package enum Look: Sendable { case card, phone, legacy, paper, none }

    package var profile: Profile { Self.profiles[index] }
    package var name: Bilingual { profile.name }

    package var usesReader: Bool { profile.atReader }
    /// The faults a patient of this path can never meet: the reader's, off the reader.
    package var impossibleFaults: FaultSet { usesReader ? [] : Fault.readerOnly }
    /// The profile's recording code, read for every recorded patient.
    package var code: Int64 { Self.codes[index] }

    static let profiles: [Profile] = allCases.map(\.row)
    private static let codes: [Int64] = profiles.map(\.code)

    fileprivate var row: Profile {
        switch self {
        case .mynaCard:
            Profile(name: Bilingual(en: "My Number card", ja: "マイナ保険証"),
                    shortName: Bilingual(en: "Myna card", ja: "マイナ"), look: .card,
                    firstScreen: Bilingual(en: "Place your My Number card (remove any cover)",
                                           ja: "マイナンバーカードを置く（カバーは外してください）"),
                    methods: [.face, .pin, .pinless], flowKey: "card_flow", via: .card, holdsCard: true,
                    introduced: nil, code: 0)
        case .mynaPhone:
            Profile(name: Bilingual(en: "My Number on phone", ja: "スマホのマイナ保険証"),
                    shortName: Bilingual(en: "Myna phone", ja: "スマホ"), look: .phone,
                    firstScreen: Bilingual(en: "Smartphone", ja: "スマートフォン"),
                    methods: [.iphone, .android], flowKey: "phone_flow", via: .phone, holdsCard: false,
                    introduced: CalendarDate(year: 2025, month: 9, day: 19), code: 1)
        case .legacyCard:
            Profile(name: Bilingual(en: "legacy insurance card", ja: "従来の保険証"),
                    shortName: Bilingual(en: "Legacy card", ja: "保険証"), look: .legacy, firstScreen: nil,
                    methods: [.none], flowKey: nil, via: .number, holdsCard: false, introduced: nil, code: 2)
        case .certificate:
            Profile(name: Bilingual(en: "eligibility certificate", ja: "資格確認書"),
                    shortName: Bilingual(en: "Certificate", ja: "確認書"), look: .paper, firstScreen: nil,
                    methods: [.none], flowKey: nil, via: .number, holdsCard: false,
                    introduced: CalendarDate(year: 2024, month: 12, day: 2), code: 3)
        case .none:
            Profile(name: Bilingual(en: "no credential", ja: "なし"),
                    shortName: Bilingual(en: "None", ja: "なし"), look: .none, firstScreen: nil,
                    methods: [.none], flowKey: nil, via: .number, holdsCard: false, introduced: nil, code: 4)
        case .phoneTap:
            Profile(name: Bilingual(en: "phone tap (what-if)", ja: "スマホでピッ（仮定）"),
                    shortName: Bilingual(en: "Phone tap", ja: "ピッ"), look: .phone,
                    firstScreen: Bilingual(en: "Tap your smartphone", ja: "スマートフォンをかざしてください"),
                    methods: [.onPhone], flowKey: "phone_tap", via: .phone, holdsCard: false, introduced: nil, code: 5)
        case .faceOnly:
            Profile(name: Bilingual(en: "face-only check-in (what-if)", ja: "顔だけで受付（仮定）"),
                    shortName: Bilingual(en: "Face only", ja: "顔のみ"), look: .card,
                    firstScreen: Bilingual(en: "Look into the camera", ja: "カメラに顔を向けてください"),
                    methods: [.registry], flowKey: "face_only", via: .card, holdsCard: false, introduced: nil, code: 6)
        }
    }
}

/// How a My Number card or phone proves the holder's identity.
package enum AuthMethod: String, CaseIndexed, Codable {
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
    /// The phone's own face, fingerprint or PIN check, whatever the phone (the phone-tap what-if).
    case onPhone = "on_phone"
    /// A camera matches the face against a registry (the face-only what-if).
    case registry = "face_registry"

    /// Who checks the holder: the reader's camera, the reader's keypad, the device itself.
    package enum Check: Sendable { case readerFace, readerPIN, ownDevice, registry, none }

    package struct Profile: Sendable {
        package let name: Bilingual
        package let check: Check
        /// The first day it could be used at reception (DOMAIN.md); nil if it always could.
        let introduced: CalendarDate?
        /// What a recording stores for it: fixed once written, never reused.
        package let code: Int64
    }

    package var profile: Profile { Self.profiles[index] }
    package var name: Bilingual { profile.name }
    package var check: Check { profile.check }
    /// The profile's recording code, read for every recorded patient.
    package var code: Int64 { Self.codes[index] }

    static let profiles: [Profile] = allCases.map(\.row)
    private static let codes: [Int64] = profiles.map(\.code)

    fileprivate var row: Profile {
        switch self {
        case .face: Profile(name: Bilingual(en: "face", ja: "顔認証"), check: .readerFace, introduced: nil, code: 0)
        case .pin: Profile(name: Bilingual(en: "PIN", ja: "暗証番号"), check: .readerPIN, introduced: nil, code: 1)
        case .pinless:
            Profile(name: Bilingual(en: "face (no PIN card)", ja: "顔認証（暗証番号なしカード）"), check: .readerFace,
                    introduced: CalendarDate(year: 2023, month: 12, day: 15), code: 2)
        case .iphone:
            Profile(name: Bilingual(en: "iPhone", ja: "iPhone"), check: .ownDevice,
                    introduced: CredentialPath.mynaPhone.row.introduced, code: 3)
        case .android:
            Profile(name: Bilingual(en: "Android", ja: "Android"), check: .readerPIN,
                    introduced: CredentialPath.mynaPhone.row.introduced, code: 4)
        case .none: Profile(name: Bilingual(en: "none", ja: "なし"), check: .none, introduced: nil, code: 5)
        case .onPhone: Profile(name: Bilingual(en: "phone's own check", ja: "スマホ本体の認証"), check: .ownDevice, introduced: nil, code: 6)
        case .registry: Profile(name: Bilingual(en: "face registry", ja: "顔の登録照合"), check: .registry, introduced: nil, code: 7)
        }
    }
}

/// 初診 needs a questionnaire and a new patient card; 再診 has data on file.
package enum VisitType: String, CaseIndexed, Codable {
    case first
    case `return`
}
