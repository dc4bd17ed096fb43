/// The online eligibility check's answer as the desk terminal shows it (DOMAIN.md, "What the
/// reader and the desk terminal show").
package struct OnlineResult: Sendable, Equatable, Hashable, Codable {
    package enum Via: String, Sendable, Codable, CaseIterable {
        /// The My Number card at the face-recognition reader.
        case card
        /// The card in a smartphone.
        case phone
        /// Staff typed the insurer number of a paper credential.
        case number

        /// MHLW's usage rate counts confirmations made with the My Number card.
        package var isMyNumber: Bool { self != .number }
    }

    package enum Status: String, Sendable, Codable, CaseIterable {
        /// 有効.
        case valid
        /// 無効: the eligibility has ended (a new job, the insurer not yet updated).
        case invalid
        /// 無効（新しい資格あり）: this eligibility has ended, and a newer one is on file.
        case invalidNewer = "invalid_newer"
        /// 該当資格なし: no record matches.
        case noRecord = "no_record"
        /// 複数該当: several records match the insurer number typed.
        case multiple
    }

    package let via: Via
    package let status: Status
    /// Whose record came back: the patient's own id, or another person's (ひも付け誤り).
    package let person: Int
    /// The terminal shows ● for kanji outside JIS levels 1–2 in the record's name.
    package let nameDots: Bool

    package init(via: Via, status: Status, person: Int, nameDots: Bool) {
        self.via = via
        self.status = status
        self.person = person
        self.nameDots = nameDots
    }

    /// The id the record of a wrongly linked person carries: never a patient of the run.
    package static func otherPerson(for patient: Int) -> Int { -1 - patient }
}
