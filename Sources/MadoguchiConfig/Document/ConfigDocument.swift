/// A text a configuration's values came from: a file, a built-in, the defaults or a
/// `--set` override. Kept on every value so an error names the right one; a class, so
/// that each of a file's values holds one reference rather than copies of two strings.
package final class ConfigDocument: Sendable {
    package let origin: String
    package let text: String

    package init(origin: String, text: String) {
        self.origin = origin
        self.text = text
    }
}
