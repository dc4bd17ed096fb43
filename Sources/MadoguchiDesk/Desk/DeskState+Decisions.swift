import MadoguchiClinic
import MadoguchiTraining

/// The keys of the person at the keyboard: take the decisions over and give them back,
/// answer the question on the panel, move to the next one. A key that does not fit is
/// refused with a short reason and costs nothing.
extension DeskState {
    /// The keys that answer the question on the panel, in the order its answers are offered:
    /// the home row, then the row below; none clashes with the speed keys.
    package static let answerKeys: [Character] = ["a", "s", "d", "f", "g", "h", "j", "z", "x", "c", "v"]
    static let handOverKey: Character = "m"

    /// The question the panel shows, if the person has one.
    package var focusedQuestion: DeskScene.OpenQuestion? {
        guard let ticket = trainee?.focus else { return nil }
        return scene.pending[ticket]
    }

    /// Handles the key if it is one of the decision keys; false leaves it to the other keys.
    mutating func pressDecisionKey(_ key: DeskKey) -> Bool {
        switch key {
        case .character(Self.handOverKey):
            toggleHandOver()
            return true
        case .tab:
            guard let seat = trainee else { return false }
            let open = scene.questionsForPerson
            guard open.count > 1, let at = open.firstIndex(where: { $0.ticket == seat.focus }) else {
                notice = Notice(.refused, UIText.noticeNothingElse.bilingual())
                return true
            }
            trainee?.focus = open[(at + 1) % open.count].ticket
            return true
        case .character(let c) where Self.answerKeys.contains(c):
            answerFocused(with: Self.answerKeys.firstIndex(of: c)!)
            return true
        default:
            return false
        }
    }

    mutating func answerFocused(with index: Int) {
        guard trainee != nil else {
            notice = Notice(.refused, UIText.noticeAutopilotDecides.bilingual(Bilingual(String(Self.handOverKey))))
            return
        }
        guard let question = focusedQuestion else {
            notice = Notice(.refused, UIText.noticeNothingPending.bilingual())
            return
        }
        let options = question.decision.options
        guard options.indices.contains(index) else {
            let last = String(Self.answerKeys[options.count - 1])
            notice = Notice(.refused, UIText.noticeNotAnAnswer.bilingual(Bilingual(String(Self.answerKeys[index])), Bilingual(last)))
            return
        }
        let action = options[index]
        inject(.answer(ticket: question.ticket, action: action))
        notice = feedback(question.decision, action)
    }

    /// The coach's word at once; in an exam only that the answer was taken.
    func feedback(_ decision: Decision, _ action: StaffAction) -> Notice {
        guard trainee?.mode == .coach else { return Notice(.info, UIText.noticeNoted.bilingual(action.name)) }
        let ruling = decision.ruling(action)
        let procedure = decision.situation.kind.procedure
        switch ruling.verdict {
        case .correct:
            return Notice(.correct, UIText.coachCorrect.bilingual(action.name))
        case .acceptable:
            let standard = decision.standardAction.name
            return Notice(.acceptable, UIText.coachAcceptable.bilingual(standard, procedure))
        case .mistake:
            let consequence = ruling.consequence?.text ?? Bilingual("")
            return Notice(.mistake, UIText.coachMistake.bilingual(consequence, procedure))
        }
    }

    /// On the ordinary desk: the person takes over the decisions, or gives them back to the
    /// autopilot, which then answers whatever is still open. A lesson is the trainee's alone.
    mutating func toggleHandOver() {
        if let seat = trainee {
            guard !seat.inLesson else {
                notice = Notice(.refused, UIText.noticeLessonIsYours.bilingual())
                return
            }
            sim.model.policy.personDecides = false
            for question in scene.questionsForPerson {
                inject(.answer(ticket: question.ticket, action: question.decision.standardAction))
            }
            trainee = nil
            notice = Notice(.info, UIText.noticeAutopilotBack.bilingual())
        } else {
            let seat = TraineeSeat(name: UIText.traineeAnonymous.text(language))
            sim.model.policy = seat.policy
            trainee = seat
            notice = Notice(.info, UIText.noticeYouDecide.bilingual())
        }
    }
}
