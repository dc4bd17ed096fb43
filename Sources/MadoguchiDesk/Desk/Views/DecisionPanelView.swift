import MadoguchiClinic

/// The question in front of the person at the keyboard, as the clerk would see it: the
/// reader's screen or the terminal's result (a record is shown beside what the patient
/// says, never labelled), what the patient holds and says, and the answers on their keys.
enum DecisionPanelView {
    static func draw(_ state: DeskState, _ question: DeskScene.OpenQuestion, in rect: Rect, into buffer: inout CellBuffer) {
        let language = state.language
        let open = state.scene.questionsForPerson
        let position = (open.firstIndex { $0.ticket == question.ticket } ?? 0) + 1
        let title = UIText.panelDecision.text(language, String(position), String(open.count)) + " " + place(question.decision, language)
        let inner = buffer.box(rect, glyphs: state.glyphs, title: title, role: .accent)
        buffer.fill(inner, role: .surface)
        let content = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 1, height: inner.height)
        var rows: [[(String, Role)]] = []
        if let facts = question.decision.patient {
            let name = state.name(of: facts)
            rows.append([(name.display(language, asciiOnly: state.asciiOnly) + "  ", .text),
                         (ViewFormat.shortLabel(facts.path).text(language) + "  ", ViewFormat.role(facts.path)),
                         (facts.visit.name.text(language), .muted)])
        }
        for line in TextFit.wrap(situation(question.decision, state), to: content.width) { rows.append([(line, .warning)]) }
        rows += details(question.decision, state, width: content.width)
        let options = question.decision.options
        let optionsTop = max(rows.count, content.height - options.count - 1)
        for (row, spans) in rows.enumerated() where row < optionsTop {
            buffer.spans(spans, in: content, row: row)
        }
        for (index, action) in options.enumerated() where optionsTop + index < content.height - 1 {
            let key = String(DeskState.answerKeys[index])
            let label = TextFit.truncate(action.name.text(language), to: content.width - 2, ellipsis: state.glyphs.ellipsis)
            buffer.spans([(key + " ", .accent), (label, .text)], in: content, row: optionsTop + index)
        }
        var footer = UIText.decisionOpenFor.text(language, ViewFormat.duration(state.now - question.askedAt))
        if open.count > 1 { footer = UIText.decisionNext.text(language) + "  " + footer }
        buffer.put(footer, in: content, row: content.height - 1, alignment: .right, ellipsis: state.glyphs.ellipsis, role: .muted)
    }

    static func place(_ decision: Decision, _ language: Language) -> String {
        switch decision.situation {
        case .readerError, .faceFailed, .pinLocked, .needsHelp: UIText.decisionAtReader.text(language)
        case .record, .eligibility, .legacyCard: UIText.decisionAtDesk.text(language)
        case .readerInVisualMode, .readersDown, .nextTask, .lineRestored: UIText.decisionClinic.text(language)
        }
    }

    /// What the screen in front of the clerk says.
    static func situation(_ decision: Decision, _ state: DeskState) -> String {
        let language = state.language
        switch decision.situation {
        case .readerError(let attempt):
            return UIText.situationReaderError.text(language, UIText.readerErrorCardUnreadable.text(language), String(attempt))
        case .faceFailed(let attempt): return UIText.situationFaceFailed.text(language, String(attempt))
        case .pinLocked: return UIText.situationPinLocked.text(language)
        case .needsHelp: return UIText.situationNeedsHelp.text(language)
        case .readerInVisualMode(let reader): return UIText.situationVisualLeft.text(language, String(reader + 1))
        case .record(let result):
            return UIText.situationResult.text(language, result.status.name.text(language))
        case .eligibility(let problem, let noted):
            let text = problemText(problem, language)
            return noted ? text + UIText.situationNoted.text(language) : text
        case .legacyCard: return UIText.situationLegacyCard.text(language, state.scenario.date.description)
        case .readersDown: return UIText.situationReadersDown.text(language)
        case .nextTask(let desk): return UIText.situationNextTask.text(language, String(desk))
        case .lineRestored(let noted): return UIText.situationLineRestored.text(language, String(noted))
        }
    }

    static func problemText(_ problem: EligibilityProblem, _ language: Language) -> String {
        switch problem {
        case .readerFailed: UIText.problemReaderFailed.text(language)
        case .phoneFailed: UIText.problemPhoneFailed.text(language)
        case .invalid: UIText.situationResult.text(language, OnlineResult.Status.invalid.name.text(language))
        case .noRecord: UIText.situationResult.text(language, OnlineResult.Status.noRecord.name.text(language))
        case .expired: UIText.situationReaderScreen.text(language, UIText.readerErrorCertificateExpired.text(language))
        case .outage: UIText.problemOutage.text(language)
        case .noCredential: UIText.problemNoCredential.text(language)
        case .legacyRefused: UIText.problemLegacyRefused.text(language)
        case .recordSetAside: UIText.problemSetAside.text(language)
        }
    }

    /// The record beside what the patient says, for a result to check; otherwise what the
    /// patient holds and says.
    static func details(_ decision: Decision, _ state: DeskState, width: Int) -> [[(String, Role)]] {
        guard let facts = decision.patient else { return [] }
        let language = state.language
        var rows: [[(String, Role)]] = []
        if case .record(let result) = decision.situation {
            let shown = PatientNames.name(id: result.person, rareKanji: result.person == facts.patient && facts.rareKanji)
            let own = state.name(of: facts)
            let recordName = state.asciiOnly ? shown.romaji : result.nameDots ? shown.asShownByTerminal : shown.kanji
            let label = 9
            let column = max(8, (width - label) / 2)
            func row(_ name: UIText, _ record: String, _ says: String) -> [(String, Role)] {
                [(TextFit.pad(name.text(language), to: label), .muted), (TextFit.pad(record, to: column - 1) + " ", .text), (says, .text)]
            }
            rows.append([(TextFit.pad("", to: label), .muted), (TextFit.pad(UIText.decisionRecord.text(language), to: column - 1) + " ", .muted),
                         (UIText.decisionPatientSays.text(language), .muted)])
            rows.append(row(.fieldName, recordName, state.asciiOnly ? own.romaji : own.kanji))
            rows.append(row(.fieldBirth, shown.birth.description, own.birth.description))
            rows.append(row(.fieldSex, sex(shown, language), sex(own, language)))
        }
        let holds = facts.backup.map { $0.name.text(language) } ?? UIText.decisionNothingElse.text(language)
        let space = language == .ja ? "" : " "
        rows.append([(UIText.decisionHolds.text(language) + space, .muted), (holds, .text)])
        let says = statements(facts, language).joined(separator: language == .ja ? "、" : "; ")
        if !says.isEmpty {
            for line in TextFit.wrap(UIText.decisionSays.text(language) + space + says, to: width) {
                rows.append([(line, .text)])
            }
        }
        return rows
    }

    static func sex(_ name: PatientName, _ language: Language) -> String {
        (name.female ? UIText.sexFemale : UIText.sexMale).text(language)
    }

    /// What the patient tells the clerk when asked.
    static func statements(_ facts: PatientFacts, _ language: Language) -> [String] {
        var says: [String] = []
        if facts.refusesEverything { says.append(UIText.saysRefuses.text(language)) }
        switch facts.method {
        case .face: says.append((facts.knowsPIN ? UIText.saysKnowsPIN : .saysForgotPIN).text(language))
        case .pinless: says.append(UIText.saysNoPIN.text(language))
        default: break
        }
        if facts.visit == .return { says.append(UIText.saysNothingChanged.text(language)) }
        return says
    }
}
