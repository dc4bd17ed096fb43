/// The two languages every user-facing text exists in.
public enum Language: String, Sendable, CaseIterable, Codable {
    case ja
    case en
}
