import MadoguchiClinic
/// One text in both languages. `{0}`, `{1}` … mark where arguments go; both texts use the
/// same ones, possibly in another order.
public struct Translation: Sendable {
    public let ja: String
    public let en: String

    public init(_ ja: String, _ en: String) {
        self.ja = ja
        self.en = en
    }

    public func text(_ language: Language) -> String {
        switch language {
        case .ja: ja
        case .en: en
        }
    }
}
