import MadoguchiClinic

/// How fast simulated time runs against the wall clock. Paused is kept apart from the
/// speed, so Space resumes at the speed the presenter had chosen.
package enum Speed: Equatable, Sendable {
    case times(Int)
    /// As fast as the machine goes, in bounded batches per frame so keys stay responsive.
    case maximum

    /// The presets the + / - keys step through and the digit keys 1–7 choose.
    package static let presets: [Speed] = [.times(1), .times(2), .times(5), .times(10), .times(30), .times(60), .maximum]

    var presetIndex: Int { Self.presets.firstIndex(of: self) ?? 0 }

    package func faster() -> Speed { Self.presets[min(presetIndex + 1, Self.presets.count - 1)] }
    package func slower() -> Speed { Self.presets[max(presetIndex - 1, 0)] }

    /// Simulated seconds per wall second; nil for maximum.
    package var factor: Double? {
        switch self {
        case .times(let n): Double(n)
        case .maximum: nil
        }
    }

    package func label(_ language: Language) -> String {
        switch self {
        case .times(1): UIText.speedRealTime.text(language)
        case .times(let n): UIText.speedTimes.text(language, String(n))
        case .maximum: UIText.speedMaximum.text(language)
        }
    }
}
