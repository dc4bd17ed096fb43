/// How wide the terminal draws East Asian "ambiguous" characters (box drawing, ●, █, …, ×):
/// one cell, as `wcwidth` says, or two, as many terminals in Japan are set to. Layout must
/// use the terminal's answer, or every panel's right edge moves.
package enum AmbiguousWidth: String, CaseIterable, Sendable {
    case narrow
    case wide

    /// Columns of an ambiguous character.
    package var columns: Int { self == .wide ? 2 : 1 }
}
