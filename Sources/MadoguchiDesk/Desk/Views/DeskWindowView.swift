import MadoguchiClinic

/// The desk window, one block per member of staff: who is being served, with what
/// credential, what the desk terminal's eligibility result says (a name with ● as the
/// terminal shows it), and the procedure under way with its progress.
enum DeskWindowView {
    static func draw(_ state: DeskState, in rect: Rect, into buffer: inout CellBuffer) {
        let language = state.language
        let inner = buffer.box(rect, glyphs: state.glyphs, title: UIText.panelDesk.text(language))
        buffer.fill(inner, role: .surface)
        let staff = state.scene.staff
        guard !staff.isEmpty, inner.height > 0 else { return }
        let lines = min(5, max(1, inner.height / staff.count))
        for (index, member) in staff.enumerated() where (index + 1) * lines <= inner.height {
            let block = Rect(x: inner.x, y: inner.y + index * lines, width: inner.width, height: lines)
            drawStaff(index, member, state, block, into: &buffer)
        }
    }

    static func drawStaff(_ index: Int, _ member: DeskScene.Staff, _ state: DeskState,
                          _ block: Rect, into buffer: inout CellBuffer) {
        let language = state.language
        let label = (UIText.deskLabel.text(language, String(index + 1)) + " ", Role.accent)
        let patients = state.scene.patients
        switch member.activity {
        case nil:
            buffer.spans([label, (UIText.deskFree.text(language), .muted)], in: block, row: 0)
        case .desk(let id):
            guard let patient = patients[id] else { return }
            // The desk terminal shows the record's name, with ● for kanji it cannot draw.
            let name = state.name(of: patient)
            let dots = patient.result?.nameDots == true
            let written = dots ? name.asShownByTerminal : name.kanji
            buffer.spans([label, (name.display(language, asciiOnly: state.asciiOnly, written: written) + " ", dots ? .warning : .text),
                          (patient.facts.visit.name.text(language), .muted)], in: block, row: 0)
            let result = eligibility(patient, language)
            buffer.spans([("  " + ViewFormat.shortLabel(patient.facts.path).text(language) + "  ", ViewFormat.role(patient.facts.path)),
                          (UIText.deskEligibility.text(language, result.0), result.1)], in: block, row: 1)
            drawProcedure(procedure(patient, language), patient, state, block, row: 2, into: &buffer)
            let fields: [(UIText, String, Role)] = [
                (.fieldName, state.asciiOnly ? name.romaji : written, dots ? .warning : .text),
                (.fieldKana, state.asciiOnly ? name.romaji : name.kana, .text),
            ]
            for (offset, field) in fields.enumerated() {
                buffer.spans([("  " + field.0.text(language) + ": ", .muted), (field.1, field.2)], in: block, row: 3 + offset)
            }
        case .assist(let id, _), .visual(let id, _):
            guard let patient = patients[id] else { return }
            let action: StaffAction = patient.step == .gettingHelp ? .assistAtReader : .visualMode
            buffer.spans([label, (state.name(of: patient).display(language, asciiOnly: state.asciiOnly), .text)], in: block, row: 0)
            drawProcedure(action.name.text(language), patient, state, block, row: 1, into: &buffer)
        case .switchBack, .confirmNoted, .deciding:
            let (text, role) = clinicTask(member.activity, language)
            buffer.spans([label, (text, role)], in: block, row: 0)
            if member.ends > state.now {
                let remaining = UIText.deskRemaining.text(language, ViewFormat.duration(member.ends - state.now))
                buffer.put(remaining, in: block, row: 0, alignment: .right, role: .muted)
            }
        }
    }

    /// Work that belongs to no patient at the desk.
    static func clinicTask(_ activity: StaffActivity?, _ language: Language) -> (String, Role) {
        switch activity {
        case .switchBack: (StaffAction.switchBack.name.text(language), .warning)
        case .confirmNoted(let count): (UIText.deskConfirmingNoted.text(language, String(count)), .warning)
        default: (UIText.deskStepDeciding.text(language), .muted)
        }
    }

    /// "  procedure ████░░░ 0:45 left" on one row; no bar while waiting for a decision.
    static func drawProcedure(_ text: String, _ patient: ScenePatient, _ state: DeskState, _ block: Rect, row: Int,
                              into buffer: inout CellBuffer) {
        guard row < block.height else { return }
        var tail = 0
        if let progress = patient.progress(at: state.now) {
            let remaining = UIText.deskRemaining.text(state.language, ViewFormat.duration(patient.stepEnds - state.now))
            let bar = ViewFormat.bar(progress, width: min(10, block.width / 5), plain: state.plainGlyphs)
            tail = state.columns(bar) + state.columns(remaining) + 2
            buffer.spans([(bar + " ", .accent), (remaining, .muted)], in: block, row: row, from: block.width - tail + 1)
        }
        let textArea = Rect(x: block.x + 2, y: block.y, width: block.width - 2 - tail, height: block.height)
        buffer.put(text, in: textArea, row: row, ellipsis: state.glyphs.ellipsis, role: .text)
    }

    /// The eligibility result as the desk terminal reports it: a result code, never the
    /// diagnosis (another person's record shows as a valid record).
    static func eligibility(_ patient: ScenePatient, _ language: Language) -> (String, Role) {
        if let problem = patient.problem {
            switch problem {
            case .invalid, .noRecord: return ((problem == .invalid ? OnlineResult.Status.invalid : .noRecord).name.text(language), .error)
            case .expired: return (UIText.readerErrorCertificateExpired.text(language), .error)
            case .readerFailed: return (UIText.resultReaderFailed.text(language), .error)
            case .phoneFailed: return (UIText.resultPhoneFailed.text(language), .error)
            case .outage: return (UIText.resultOutage.text(language), .warning)
            case .noCredential: return (UIText.resultNothing.text(language), .warning)
            case .legacyRefused: return (UIText.resultLegacyRefused.text(language), .error)
            case .recordSetAside: return (UIText.resultSetAside.text(language), .warning)
            }
        }
        guard let result = patient.result else { return (UIText.deskChecking.text(language), .muted) }
        let code = result.status.name.text(language)
        switch result.status {
        case .invalid, .noRecord: return (code, .error)
        case .invalidNewer, .multiple: return (code, .warning)
        case .valid where result.nameDots:
            let separator = language == .ja ? "、" : ", "
            return (code + separator + UIText.resultNameDots.text(language), .warning)
        case .valid: return (code, .ok)
        }
    }

    static func procedure(_ patient: ScenePatient, _ language: Language) -> String {
        switch patient.step {
        case .registration: UIText.deskStepRegistration.text(language)
        case .onlineByNumber: UIText.deskStepOnlineByNumber.text(language)
        case .awaitingDecision: UIText.deskStepDeciding.text(language)
        case .recovery(let action): action.name.text(language)
        default: UIText.deskStepFinishing.text(language)
        }
    }
}
