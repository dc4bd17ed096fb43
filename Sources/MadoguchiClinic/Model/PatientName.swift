/// A synthetic patient's name, birth date and sex: no real person is modelled, but the desk must look like a
/// desk, and the ● fault needs names with kanji outside JIS levels 1–2.
package struct PatientName: Equatable, Sendable {
    package let family: String
    package let given: String
    /// The family and given names in kana, as the フリガナ field shows them.
    package let kana: String
    package let romaji: String
    /// The 生年月日 and 性別 on the record, as the patient says them too.
    package let birth: CalendarDate
    package let female: Bool

    /// The name as written, e.g. "髙橋 花子".
    package var kanji: String { family + " " + given }

    /// The name as a desk terminal limited to JIS levels 1–2 shows it: "●橋 花子".
    package var asShownByTerminal: String {
        String(kanji.map { PatientNames.rareKanji.contains($0) ? "●" : $0 })
    }

    package var hasRareKanji: Bool { kanji.contains { PatientNames.rareKanji.contains($0) } }

    /// Kanji in Japanese; the reading then the kanji in English; the reading alone where
    /// only ASCII can be drawn. `written` replaces the kanji, e.g. by the terminal's ● form.
    package func display(_ language: Language, asciiOnly: Bool = false, written: String? = nil) -> String {
        if asciiOnly { return romaji }
        return language == .ja ? written ?? kanji : romaji + " " + (written ?? kanji)
    }
}

/// Names drawn deterministically from the patient id, so a patient keeps one name in every
/// panel, every frame and every run with the same seed.
package enum PatientNames {
    /// Kanji outside JIS X 0208 (levels 1–2) that a terminal limited to it cannot show: the
    /// ● fault of DOMAIN.md. 邉 and 邊 are in it, so 渡邉 is not among them.
    static let rareKanji: Set<Character> = ["髙", "﨑", "𠮷", "濵", "德"]

    typealias Entry = (kanji: String, kana: String, romaji: String)

    static let families: [Entry] = [
        ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
        ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
        ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
        ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山田", "ヤマダ", "Yamada"),
        ("佐々木", "ササキ", "Sasaki"), ("山口", "ヤマグチ", "Yamaguchi"), ("松本", "マツモト", "Matsumoto"),
        ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"), ("林", "ハヤシ", "Hayashi"),
        ("清水", "シミズ", "Shimizu"), ("斎藤", "サイトウ", "Saito"), ("森", "モリ", "Mori"),
        ("池田", "イケダ", "Ikeda"), ("橋本", "ハシモト", "Hashimoto"), ("石川", "イシカワ", "Ishikawa"),
    ]

    /// Family names written with a rare kanji, as on the card face.
    static let rareFamilies: [Entry] = [
        ("髙橋", "タカハシ", "Takahashi"), ("﨑山", "サキヤマ", "Sakiyama"), ("山﨑", "ヤマサキ", "Yamasaki"),
        ("𠮷田", "ヨシダ", "Yoshida"), ("濵田", "ハマダ", "Hamada"), ("德永", "トクナガ", "Tokunaga"),
    ]

    /// Given names alternate female and male, so the index tells the 性別.
    static let givens: [Entry] = [
        ("花子", "ハナコ", "Hanako"), ("太郎", "タロウ", "Taro"), ("美咲", "ミサキ", "Misaki"),
        ("健一", "ケンイチ", "Kenichi"), ("陽子", "ヨウコ", "Yoko"), ("翔太", "ショウタ", "Shota"),
        ("恵子", "ケイコ", "Keiko"), ("大輔", "ダイスケ", "Daisuke"), ("由美", "ユミ", "Yumi"),
        ("誠", "マコト", "Makoto"), ("裕子", "ユウコ", "Yuko"), ("浩二", "コウジ", "Koji"),
        ("結衣", "ユイ", "Yui"), ("蓮", "レン", "Ren"), ("和子", "カズコ", "Kazuko"),
        ("清", "キヨシ", "Kiyoshi"), ("直美", "ナオミ", "Naomi"), ("勇気", "ユウキ", "Yuki"),
    ]

    /// The name of patient `id`; one whose record the terminal shows with ● (the
    /// `unrenderable_name` fault) always has a rare kanji in the family name.
    package static func name(id: Int, rareKanji: Bool) -> PatientName {
        let hash = mix(UInt64(truncatingIfNeeded: id))
        let familyList = rareKanji ? rareFamilies : families
        let family = familyList[Int(hash % UInt64(familyList.count))]
        let givenIndex = Int((hash >> 32) % UInt64(givens.count))
        let given = givens[givenIndex]
        let birth = CalendarDate(year: 1935 + Int((hash >> 8) % 70), month: 1 + Int((hash >> 16) % 12),
                                 day: 1 + Int((hash >> 24) % 28))
        return PatientName(family: family.kanji, given: given.kanji,
                           kana: family.kana + " " + given.kana, romaji: family.romaji + " " + given.romaji,
                           birth: birth, female: givenIndex % 2 == 0)
    }


    /// SplitMix64's finaliser: neighbouring ids get unrelated names.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
