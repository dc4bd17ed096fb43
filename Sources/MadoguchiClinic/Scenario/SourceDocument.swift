/// A text a scenario's values came from: the defaults, the user's file or an override.
/// Kept on every value so an error can name the right file and find the right line.
struct SourceDocument: Sendable {
    let origin: String
    let text: String

    func line(of path: ScenarioKeyPath) -> Int? {
        KeyLocator(text: text).line(of: path)
    }
}
