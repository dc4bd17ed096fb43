import MadoguchiClinic

/// Small pieces of text and style the panels share.
enum ViewFormat {
    static func duration(_ seconds: Double) -> String { DurationText.clock(seconds) }

    static func percent(_ fraction: Double, decimals: Int = 0) -> String {
        let value = (fraction * 100).isFinite ? fraction * 100 : 0
        if decimals == 0 { return "\(Int(value.rounded()))%" }
        let scaled = Int((value * 10).rounded())
        return "\(scaled / 10).\(scaled % 10)%"
    }

    /// The theme role of a credential, so a glance shows the mix.
    static func role(_ path: CredentialPath) -> Role {
        switch path.profile.look {
        case .card: .card
        case .phone: .phone
        case .legacy: .legacy
        case .paper: .paper
        case .none: .noCredential
        }
    }

    static func shortLabel(_ path: CredentialPath) -> Bilingual { path.profile.shortName }

    /// A bar of `width` columns filled to `fraction`; `plain` draws it in ASCII.
    static func bar(_ fraction: Double, width: Int, plain: Bool) -> String {
        guard width > 0 else { return "" }
        let clamped = fraction.isFinite ? min(max(fraction, 0), 1) : 0
        let filled = Int((clamped * Double(width)).rounded())
        return String(repeating: plain ? "#" : "█", count: filled)
            + String(repeating: plain ? "." : "░", count: width - filled)
    }

    /// How far the patient's current step has come, 0…1; nil while waiting for someone.
    static func progress(_ patient: Patient, in state: DeskState) -> Double? {
        switch patient.step {
        case .waiting, .awaitingDecision: return nil
        default: break
        }
        guard patient.stepEnds > patient.stepStarted else { return nil }
        return (state.now - patient.stepStarted) / (patient.stepEnds - patient.stepStarted)
    }

    /// The role for a wait: calm, long, too long.
    static func waitRole(_ seconds: Double) -> Role {
        seconds >= 20 * 60 ? .error : seconds >= 10 * 60 ? .warning : .text
    }
}

extension CellBuffer {
    /// Draws pieces of text one after another on one row, each in its own role, and
    /// returns the column after the last. Stops at the rect's right edge.
    @discardableResult
    mutating func spans(_ spans: [(String, Role)], in rect: Rect, row: Int, from column: Int = 0) -> Int {
        guard row >= 0, row < rect.height else { return column }
        var x = rect.x + column
        for (text, role) in spans where x < rect.maxX {
            x += put(text, x: x, y: rect.y + row, maxWidth: rect.maxX - x, role: role)
        }
        return x - rect.x
    }
}

extension DeskState {
    /// Columns a text takes on this terminal.
    func columns(_ text: some StringProtocol) -> Int { DisplayWidth.of(text, ambiguous: ambiguousWidth) }

    /// `text` fitted to exactly `columns` columns of this terminal.
    func pad(_ text: String, to columns: Int, alignment: Alignment = .left, ellipsis: String = "…") -> String {
        TextFit.pad(text, to: columns, alignment: alignment, ellipsis: ellipsis, ambiguous: ambiguousWidth)
    }
}
