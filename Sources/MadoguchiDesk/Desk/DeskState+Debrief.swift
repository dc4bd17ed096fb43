import MadoguchiClinic
import MadoguchiTraining

/// The end of a lesson: the debrief is built as the last patient leaves (or the time limit
/// passes with questions still open), and its screen takes the keys.
extension DeskState {
    /// Ends the lesson once the day is over and the trainee has answered what is still open,
    /// or at its time limit, when open questions count as lapses. Called after every update.
    mutating func endLessonIfOver() {
        guard debrief == nil, tape == nil, let lesson, let seat = trainee else { return }
        guard (dayOver && scene.questionsForPerson.isEmpty) || now >= lesson.timeLimit else { return }
        let made = DebriefBuilder.make(session: seat.session, lesson: lesson, trainee: seat.name, seed: seed)
        debrief = DebriefScreen(debrief: made)
        notice = nil
    }

    mutating func pressDebriefKey(_ key: DeskKey) -> DeskEffect? {
        guard var screen = debrief else { return nil }
        defer { debrief = screen }
        if screen.askingReaction {
            switch key {
            case .enter:
                let answer = TextSanitizer.clean(screen.draft).trimmingCharacters(in: .whitespaces)
                screen.debrief.reaction = answer.isEmpty ? nil : answer
                screen.askingReaction = false
            case .escape:
                screen.askingReaction = false
            case .backspace:
                if !screen.draft.isEmpty { screen.draft.removeLast() }
            case .character(let c) where screen.draft.count < DebriefScreen.longestReaction:
                screen.draft.append(c)
            default:
                break
            }
            return nil
        }
        switch key {
        case .up: screen.scroll = max(0, screen.scroll - 1)
        case .down: screen.scroll += 1
        case .pageUp: screen.scroll = max(0, screen.scroll - max(1, height - 3))
        case .pageDown: screen.scroll += max(1, height - 3)
        case .home: screen.scroll = 0
        case .character("L"), .character("l"):
            if !asciiOnly { language = language == .ja ? .en : .ja }
        case .character("s"), .character("S"):
            return .saveDebrief(screen.debrief)
        case .character("r"), .character("R"):
            guard !screen.debrief.practise.isEmpty else {
                notice = Notice(.refused, UIText.noticeNothingToRetry.bilingual())
                return nil
            }
            return .retry(screen.debrief.practise)
        case .character("q"), .character("Q"), .escape:
            return .quit
        default:
            break
        }
        return nil
    }

    /// The same lesson again, the trainee deciding only the situations given (the mistakes),
    /// with the same patients: the same seed, so the same people meet the same faults.
    package func retrying(_ situations: Set<SituationKey>) -> DeskState {
        guard let lesson else { return self }
        return .training(lesson, trainee: trainee?.name ?? UIText.traineeAnonymous.text(language), language: language,
                         asciiOnly: asciiOnly, themeName: themeName, width: width, height: height, only: situations)
    }

    /// Shows a message from outside the desk, such as where a debrief was saved.
    package mutating func tell(_ message: Notice) {
        notice = message
    }
}
