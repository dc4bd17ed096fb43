import MadoguchiClinic

/// A short message to the person at the keyboard: a key refused and why, or the coach's
/// word on a decision. It fades after a few wall-clock seconds.
package struct Notice: Sendable, Equatable {
    package enum Kind: Sendable, Equatable { case refused, correct, acceptable, mistake, info }

    package let kind: Kind
    package let text: Bilingual
    /// Wall-clock seconds it has been shown.
    package internal(set) var age = 0.0

    package init(_ kind: Kind, _ text: Bilingual) {
        self.kind = kind
        self.text = text
    }

    /// A refusal is read at a glance; the coach's explanation needs longer.
    var lifetime: Double { kind == .refused || kind == .info ? 4 : 12 }
}
