import MadoguchiClinic
/// Every user-facing text of the desk. The texts themselves live in the `Translations` tables,
/// split by screen area, as `Bilingual` texts whose `{0}`, `{1}` … mark where arguments go;
/// a test proves each key has a Japanese and an English text.
package enum UIText: String, CaseIterable, Sendable {
    // Header
    case headerPaused
    case modeAutopilot
    case speedRealTime, speedTimes, speedMaximum

    // Panels
    case panelWaiting, panelReader, panelDesk, panelStatistics, panelLog, panelHelp

    // Statistics
    case statWaiting, statServed, statMeanWait, statUsageRate

    // Keys: short action names for the key-help line, full lines for the help screen
    case actionPause, actionSpeed
    case actionHelp, actionLanguage, actionTheme, actionQuit
    case helpPause, helpSpeed, helpBack
    case helpHelp, helpLanguage, helpTheme, helpQuit

    // Terminal size and start-up
    case terminalTooSmall, terminalSizeNow
    case terminalErrorNotATerminal, terminalErrorUnknownTerm, terminalErrorTermUnset, terminalErrorNoCursorAddressing
    case streamStandardInput, streamStandardOutput

    // Card reader screens
    case readerPlaceCard, readerFaceInstruction
    case readerEnterPin, readerPinWrong, readerPinLocked, readerFaceFailed
    case readerConsentIntro, readerConsentQuestion, readerAgreeAll, readerAgree
    case readerComplete, readerVisualMode, readerVisualModeWaiting
    case readerErrorCardUnreadable, readerErrorCertificateExpired, readerErrorConnection
    case consentItemTreatment, consentItemMedication, consentItemCheckup, consentItemSurgery

    // Fields of the desk terminal
    case fieldName, fieldKana

    // Theme file errors
    case themeErrorUnknownTheme, themeErrorNoFile, themeAccepted
    case themeErrorBadColor, themeErrorBadAttribute, themeErrorWrongType
    case typeString, typeTable, typeArray, typeStringArray, typeInteger, typeFloat
    case typeBoolean, typeDateTime

    // The live desk
    case appName, headerDayOver
    case waitingForReader, waitingForDesk, waitingNobody, waitingMore
    case readerLabel, readerBroken, readerCallingStaff, readerStaffHelping, readerStillVisual
    case readerChecking, readerWaitingForStaff, networkUp, networkDown
    case deskLabel, deskFree, deskEligibility, deskChecking, deskStepRegistration
    case deskStepOnlineByNumber, deskStepDeciding, deskStepFinishing, deskRemaining
    case resultNameDots, resultSetAside, deskConfirmingNoted, resultReaderFailed, resultPhoneFailed, resultOutage, resultNothing
    case resultLegacyRefused
    case statUtilization, statFaults, statHistory
    case logArrived, logReaderStarted, logFault, logDecisionPending, logDecided, logDecidedWrongly
    case logDeskStarted, logLeft, logNetworkDown, logNetworkUp, logReaderBroken, logReaderRepaired
    case logVisualOn, logVisualOff, logForced
    case actionReader, actionNetwork, actionFaults
    case helpSpeedPresets, helpReader, helpNetwork, helpFaultInvalid, helpFaultWrongPerson
    case helpFaultName, helpLog, helpClose, promptReaderNumber

    // Training at the desk
    case modeTrainee, traineeAnonymous
    case noticeNoPausing, noticeNothingElse, noticeAutopilotDecides, noticeNothingPending, noticeNotAnAnswer
    case noticeNoted, coachCorrect, coachAcceptable, coachMistake
    case noticeLessonIsYours, noticeAutopilotBack, noticeYouDecide, noticeNothingToRetry
    case noticeReplayOnly, noticeNoMoreQuestions, headerReplay
    case panelDebrief, debriefLessonOver, debriefHowDidItFeel, debriefAnswerKeys, debriefKeys
    case panelDecision, panelCoach, decisionAtReader, decisionAtDesk, decisionClinic, decisionOpenFor, decisionNext
    case decisionRecord, decisionPatientSays, decisionHolds, decisionNothingElse, decisionSays
    case fieldBirth, fieldSex, sexFemale, sexMale
    case saysRefuses, saysKnowsPIN, saysForgotPIN, saysNoPIN, saysNothingChanged
    case situationReaderError, situationReaderScreen, situationFaceFailed, situationPinLocked, situationNeedsHelp
    case situationVisualLeft, situationResult, situationNoted, situationLegacyCard, situationReadersDown
    case situationNextTask, situationLineRestored
    case problemReaderFailed, problemPhoneFailed, problemOutage, problemNoCredential, problemLegacyRefused, problemSetAside
    case actionTakeOver, actionSeekQuestion, actionSeekMinutes, actionAnswer, actionNextQuestion, actionGiveBack, helpHandOver, helpAnswer, helpNextQuestion, helpReplaySeek

    package var translation: Bilingual? {
        Translations.header[self] ?? Translations.panels[self] ?? Translations.keys[self]
            ?? Translations.clinic[self] ?? Translations.reader[self] ?? Translations.messages[self]
            ?? Translations.desk[self] ?? Translations.training[self]
            ?? Translations.decisionPanel[self]
    }

    /// The text in `language` with `{0}`, `{1}` … replaced by `arguments`, in one pass so an
    /// argument that itself contains `{1}` stays as it is. A missing translation shows the key
    /// itself, which the completeness test keeps from shipping.
    package func text(_ language: Language, _ arguments: String...) -> String {
        text(language, arguments)
    }

    /// The text in both languages, each argument in its own language.
    package func bilingual(_ arguments: Bilingual...) -> Bilingual {
        Bilingual(en: text(.en, arguments.map(\.en)), ja: text(.ja, arguments.map(\.ja)))
    }

    func text(_ language: Language, _ arguments: [String]) -> String {
        guard let translation else { return rawValue }
        return translation.text(language, filling: arguments)
    }
}
