import MadoguchiClinic

/// The face-recognition card readers, each mirroring what its own screen shows: card
/// placed → face or PIN → consent → result, an error in 【code:reason】 form, or visual
/// confirmation mode. The last row is the line to the online confirmation system.
enum ReaderView {
    static func draw(_ state: DeskState, in rect: Rect, into buffer: inout CellBuffer) {
        let language = state.language
        let inner = buffer.box(rect, glyphs: state.glyphs, title: UIText.panelReader.text(language))
        buffer.fill(inner, role: .surface)
        guard inner.height > 0 else { return }
        let readers = state.scene.readers
        let available = inner.height - 1
        let linesPerReader = readers.isEmpty ? 1 : min(3, max(1, available / readers.count))
        var row = 0
        for (index, reader) in readers.enumerated() where row + linesPerReader <= available {
            drawReader(index, reader, state, inner, row: row, lines: linesPerReader, into: &buffer)
            row += linesPerReader
        }
        let network: (UIText, Role) = state.scene.networkUp ? (.networkUp, .ok) : (.networkDown, .error)
        buffer.put(network.0.text(language), in: inner, row: inner.height - 1, ellipsis: state.glyphs.ellipsis, role: network.1)
    }

    static func drawReader(_ index: Int, _ reader: DeskScene.Reader, _ state: DeskState,
                           _ inner: Rect, row: Int, lines: Int, into buffer: inout CellBuffer) {
        let language = state.language
        let patient = reader.patient.flatMap { state.scene.patients[$0] }
        var heading: [(String, Role)] = [(UIText.readerLabel.text(language, String(index + 1)) + " ", .accent)]
        if !reader.working {
            heading.append((UIText.readerBroken.text(language) + " ", .error))
        }
        if reader.visualMode {
            heading.append(("[" + UIText.readerVisualMode.text(language) + "] ", .warning))
        }
        if let patient {
            heading.append((state.name(of: patient).display(language, asciiOnly: state.asciiOnly) + " ", .text))
            heading.append((patient.method.name.text(language), ViewFormat.role(patient.facts.path)))
        }
        let (screen, role) = screenText(patient, reader, state)
        let progress = patient.flatMap { $0.progress(at: state.now) }
        if lines == 1 {
            buffer.spans([heading[0], (screen, role)], in: inner, row: row)
            return
        }
        buffer.spans(heading, in: inner, row: row)
        let barWidth = progress == nil ? 0 : min(12, inner.width / 4)
        let screenArea = Rect(x: inner.x + 2, y: inner.y, width: inner.width - 2 - (barWidth > 0 ? barWidth + 1 : 0), height: inner.height)
        buffer.put(screen, in: screenArea, row: row + 1, ellipsis: state.glyphs.ellipsis, role: role)
        if let progress, barWidth > 0 {
            buffer.put(ViewFormat.bar(progress, width: barWidth, plain: state.plainGlyphs),
                       x: inner.maxX - barWidth, y: inner.y + row + 1, role: .accent)
        }
    }

    /// What the reader's own screen says now.
    static func screenText(_ patient: ScenePatient?, _ reader: DeskScene.Reader, _ state: DeskState) -> (String, Role) {
        let language = state.language
        guard let patient else {
            if !reader.working { return (UIText.readerBroken.text(language), .error) }
            if reader.visualMode { return (UIText.readerStillVisual.text(language), .warning) }
            return (UIText.readerPlaceCard.text(language), .muted)
        }
        let fraction = patient.progress(at: state.now) ?? 0
        switch patient.step {
        case .cardFlow:
            return (cardFlowText(patient, fraction: fraction, language), fraction >= 0.92 ? .ok : .text)
        case .failedRead:
            return (UIText.readerErrorCardUnreadable.text(language), .error)
        case .certificateRefused:
            return (UIText.readerErrorCertificateExpired.text(language), .error)
        case .connectionFailed:
            return (UIText.readerErrorConnection.text(language), .error)
        case .failedFace:
            return (UIText.readerFaceFailed.text(language), .error)
        case .failedPIN:
            let left = 2 - Int(min(fraction, 0.99) * 3)
            return left > 0 ? (UIText.readerPinWrong.text(language, String(left)), .error)
                : (UIText.readerPinLocked.text(language), .error)
        case .awaitingDecision:
            let error = lastError(patient).map { $0.text(language) + " " } ?? ""
            return (error + UIText.readerCallingStaff.text(language), .warning)
        case .waiting:
            return (UIText.readerWaitingForStaff.text(language), .warning)
        case .gettingHelp:
            return (UIText.readerStaffHelping.text(language), .warning)
        case .visualCheck:
            return (UIText.readerVisualMode.text(language) + ": " + UIText.readerVisualModeWaiting.text(language), .warning)
        default:
            return (UIText.readerChecking.text(language), .text)
        }
    }

    /// The poster's steps, in the share of the flow each takes on screen.
    static func cardFlowText(_ patient: ScenePatient, fraction: Double, _ language: Language) -> String {
        let facts = patient.facts
        if fraction < 0.2 {
            let profile = facts.path.profile
            let screen = profile.firstScreen.map { $0.text(language) } ?? UIText.readerPlaceCard.text(language)
            // A phone's holder picks the device on the first screen (DOMAIN.md); a card's
            // method comes on the next.
            return profile.methods.count > 1 && !profile.holdsCard ? screen + " → " + facts.method.name.text(language) : screen
        }
        if fraction < 0.5 {
            switch patient.method.check {
            case .readerPIN: return UIText.readerEnterPin.text(language)
            case .ownDevice: return patient.method.name.text(language) + ": Face ID / Touch ID"
            default: return UIText.readerFaceInstruction.text(language)
            }
        }
        if fraction < 0.85 {
            let items: [UIText] = [.consentItemTreatment, .consentItemMedication, .consentItemCheckup, .consentItemSurgery]
            if facts.patient % 2 == 0 {
                return UIText.readerConsentIntro.text(language) + " [" + UIText.readerAgreeAll.text(language) + "]"
            }
            let item = items[min(items.count - 1, Int((fraction - 0.5) / 0.35 * Double(items.count)))]
            return UIText.readerConsentQuestion.text(language, item.text(language)) + " [" + UIText.readerAgree.text(language) + "]"
        }
        if fraction < 0.92 { return UIText.readerChecking.text(language) }
        return UIText.readerComplete.text(language)
    }

    /// The error the reader showed before staff were called.
    static func lastError(_ patient: ScenePatient) -> UIText? {
        if patient.seen.contains(.pinLock) { return .readerPinLocked }
        if patient.seen.contains(.faceMismatch) { return .readerFaceFailed }
        if patient.seen.contains(.readerError) { return .readerErrorCardUnreadable }
        return nil
    }
}
