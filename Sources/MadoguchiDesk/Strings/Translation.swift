import MadoguchiClinic
/// One text in both languages. `{0}`, `{1}` … mark where arguments go; both texts use the
/// same ones, possibly in another order.
package struct Translation: Sendable {
    package let ja: String
    package let en: String

    package init(_ ja: String, _ en: String) {
        self.ja = ja
        self.en = en
    }

    package func text(_ language: Language) -> String {
        switch language {
        case .ja: ja
        case .en: en
        }
    }
}
