import Foundation
import MadoguchiClinic
import Testing

/// The rule table of docs/training.md: every question has a right answer, the autopilot
/// gives it, and the judgements the issue names are the table's.
@Suite struct ProcedureRulesTests {
    static func facts(path: CredentialPath = .mynaCard, visit: VisitType = .return, method: AuthMethod = .face,
                      backup: BackupCredential? = nil, knowsPIN: Bool = true, refuses: Bool = false) -> PatientFacts {
        PatientFacts(patient: 7, arrival: 0, path: path, visit: visit, method: method, rareKanji: false,
                     backup: backup, knowsPIN: knowsPIN, refusesEverything: refuses)
    }

    static func decide(_ situation: Situation, _ facts: PatientFacts? = facts(),
                       legacy: LegacyCardStatus = .valid, networkUp: Bool = true) -> Decision {
        Decision(situation, patient: facts, legacyCards: legacy, networkUp: networkUp)
    }

    /// Every situation the model can raise, with every kind of patient it can concern.
    static var everyDecision: [Decision] {
        let results = [OnlineResult(via: .card, status: .valid, person: 7, nameDots: false),
                       OnlineResult(via: .card, status: .valid, person: 7, nameDots: true),
                       OnlineResult(via: .card, status: .valid, person: OnlineResult.otherPerson(for: 7), nameDots: false),
                       OnlineResult(via: .card, status: .invalidNewer, person: 7, nameDots: false),
                       OnlineResult(via: .number, status: .invalidNewer, person: 7, nameDots: false),
                       OnlineResult(via: .number, status: .multiple, person: 7, nameDots: false)]
        var situations: [Situation] = [.pinLocked, .needsHelp, .readerInVisualMode(reader: 0), .readersDown,
                                       .nextTask(deskQueue: 3), .lineRestored(noted: 2)]
        situations += (1...3).flatMap { [Situation.readerError(attempt: $0), .faceFailed(attempt: $0)] }
        situations += results.map(Situation.record)
        situations += EligibilityProblem.allCases.flatMap { [Situation.eligibility($0, noted: false), .eligibility($0, noted: true)] }
        situations += [LegacyCardStatus.valid, .stopGap, .refused].map(Situation.legacyCard)
        var patients: [PatientFacts] = []
        for path in CredentialPath.allCases {
            for backup in [nil] + BackupCredential.allCases.map(Optional.some) {
                for visit in VisitType.allCases {
                    for (method, knows) in [(AuthMethod.face, true), (.face, false), (.pinless, false), (.pin, true),
                                            (.iphone, true), (.android, true)] {
                        patients.append(facts(path: path, visit: visit, method: method, backup: backup, knowsPIN: knows))
                    }
                }
            }
            patients.append(facts(path: path, refuses: true))
        }
        var decisions: [Decision] = []
        for situation in situations {
            for legacy in [LegacyCardStatus.valid, .stopGap, .refused] {
                for up in [true, false] {
                    decisions += patients.map { decide(situation, $0, legacy: legacy, networkUp: up) }
                }
            }
        }
        return decisions
    }

    @Test func everyQuestionHasACorrectAnswerAndTheAutopilotGivesIt() {
        let decisions = Self.everyDecision
        #expect(decisions.count > 10_000)
        for d in decisions {
            #expect(!d.options.isEmpty)
            #expect(d.ruling(d.standardAction).verdict == .correct, "\(d.situation) \(String(describing: d.patient))")
            #expect(d.options.contains(d.standardAction))
        }
    }

    /// The standard answer is named directly for the routine questions; it must be the
    /// answer the table gives, the first option it rules correct (`ProcedureRules.ruling`
    /// judges by the table, not by the standard answer).
    @Test func theStandardAnswerIsTheTablesFirstCorrectOption() {
        var decisions = Self.everyDecision
        decisions += [true, false].flatMap { up in
            [LegacyCardStatus.valid, .stopGap, .refused].map { legacy in
                Decision(.nextTask(deskQueue: 1), patient: nil, legacyCards: legacy, networkUp: up, readerHelpFirst: false)
            }
        }
        decisions += [Decision(.record(OnlineResult(via: .card, status: .valid, person: 7, nameDots: false)), patient: nil,
                               legacyCards: .valid, networkUp: true)]
        #expect(decisions.count > 10_000)
        for d in decisions {
            let first = d.options.first { ProcedureRules.ruling(d, $0).verdict == .correct }
            #expect(d.standardAction == first, "\(d.situation) \(String(describing: d.patient))")
        }
    }

    /// The model settles a routine glance from the situation alone, without a `Decision`
    /// (`ProcedureRules.routineGlance`): it must find the same questions routine and give
    /// them the same answer as the decision would.
    @Test func theRoutineGlanceIsTheDecisionsRoutineAnswer() {
        var decisions = Self.everyDecision
        decisions += [true, false].map { up in
            Decision(.nextTask(deskQueue: 1), patient: nil, legacyCards: .valid, networkUp: up, readerHelpFirst: false)
        }
        decisions += [Decision(.record(OnlineResult(via: .card, status: .valid, person: 7, nameDots: false)), patient: nil,
                               legacyCards: .valid, networkUp: true)]
        var routine = 0
        for d in decisions {
            let glance = ProcedureRules.routineGlance(d.situation, patient: d.patient?.patient, networkUp: d.networkUp,
                                                      readerHelpFirst: d.readerHelpFirst)
            #expect(glance == (d.isRoutine ? d.standardAction : nil), "\(d.situation) \(String(describing: d.patient))")
            if d.isRoutine { routine += 1 }
        }
        #expect(routine > 10, "routine questions were among those checked")
        #expect(routine < decisions.count, "questions that are not routine were among those checked")
    }

    @Test func everyMistakeNamesItsConsequenceAndKind() {
        var mistakes = 0
        for d in Self.everyDecision {
            for action in d.options where d.ruling(action).isMistake {
                mistakes += 1
                #expect(d.ruling(action).consequence != nil)
                #expect(d.ruling(action).kind != nil)
            }
        }
        #expect(mistakes > 1_000)
    }

    @Test func anAnswerNotOfferedIsASlip() {
        let d = Self.decide(.pinLocked)
        #expect(d.ruling(.chargeFull) == .mistake(.timeLost, .slip))
    }

    @Test func theIssuesJudgementsAreTheTables() {
        // Visual mode does not make an unreadable card readable.
        #expect(Self.decide(.readerError(attempt: 1)).ruling(.visualMode) == .mistake(.unreadableStaysUnreadable))
        // A second retry at the reader, retrying a locked PIN: not correct.
        #expect(Self.decide(.readerError(attempt: 2)).ruling(.retry).isMistake)
        #expect(Self.decide(.pinLocked).ruling(.retry).isMistake)
        // 申立書 for a ● name: eligibility was never in doubt.
        let dots = OnlineResult(via: .card, status: .valid, person: 7, nameDots: true)
        #expect(Self.decide(.record(dots)).ruling(.moushitatesho) == .mistake(.unneededPaperwork))
        // 10割 for 資格無効 is a mistake unless the patient refuses everything.
        #expect(Self.decide(.eligibility(.invalid, noted: false)).ruling(.chargeFull) == .mistake(.fullCharge))
        #expect(Self.decide(.eligibility(.invalid, noted: false), Self.facts(refuses: true)).ruling(.chargeFull) == .correct)
        // Another person's record is never used.
        let other = OnlineResult(via: .card, status: .valid, person: OnlineResult.otherPerson(for: 7), nameDots: false)
        #expect(Self.decide(.record(other)).ruling(.acceptRecord) == .mistake(.otherPersonsRecord))
        #expect(Self.decide(.record(other)).standardAction == .setAsideRecord)
        // Leaving the reader in visual mode is a lapse.
        #expect(Self.decide(.readerInVisualMode(reader: 0)).ruling(.leaveInVisualMode) == .mistake(.nextFaceFails, .lapse))
    }

    @Test func お知らせCountsOnlyWithTheCard() {
        let withCard = Self.decide(.eligibility(.invalid, noted: false), Self.facts(path: .mynaCard, backup: .notice))
        #expect(withCard.ruling(.checkNotice) == .correct)
        let alone = Self.decide(.eligibility(.noCredential, noted: false), Self.facts(path: .none, backup: .notice))
        #expect(alone.ruling(.checkNotice) == .mistake(.notProof))
        #expect(alone.standardAction == .verbalConfirmation, "a return visit with nothing valid: verbal check against last visit")
        let firstVisit = Self.decide(.eligibility(.noCredential, noted: false), Self.facts(path: .none, visit: .first, backup: .notice))
        #expect(firstVisit.standardAction == .moushitatesho)
        #expect(firstVisit.ruling(.verbalConfirmation) == .mistake(.noLastVisitData))
    }

    @Test func theLegacyCardFollowsTheDate() {
        #expect(Self.decide(.legacyCard(.valid)).standardAction == .confirmByNumber)
        #expect(Self.decide(.legacyCard(.valid), networkUp: false).standardAction == .acceptByEye)
        #expect(Self.decide(.legacyCard(.stopGap)).standardAction == .confirmByNumber)
        #expect(Self.decide(.legacyCard(.stopGap)).ruling(.acceptByEye) == .mistake(.expiredCardAccepted))
        #expect(Self.decide(.legacyCard(.stopGap)).ruling(.refuseCard) == .mistake(.validCardRefused))
        #expect(Self.decide(.legacyCard(.refused)).standardAction == .refuseCard)
    }

    @Test func anOutageIsNotedFirst() {
        let outage = Self.decide(.eligibility(.outage, noted: false), Self.facts(backup: .certificate), networkUp: false)
        #expect(outage.standardAction == .manualRecord)
        #expect(outage.ruling(.checkCertificate) == .mistake(.detailsNotNoted, .lapse))
        let noted = Self.decide(.eligibility(.outage, noted: true), Self.facts(backup: .certificate), networkUp: false)
        #expect(noted.standardAction == .checkCertificate)
        #expect(Self.decide(.lineRestored(noted: 3), nil).ruling(.skipConfirmation) == .mistake(.unconfirmedAfterOutage, .lapse))
    }

    /// Who comes first is the clinic's rule (`staff.reader_help_first`): its answer is the
    /// correct one, the other acceptable; a session recorded before the setting existed
    /// reads as today's default.
    @Test func theNextTaskFollowsTheClinicsRule() throws {
        let readerFirst = Decision(.nextTask(deskQueue: 2), patient: nil, legacyCards: .valid, networkUp: true)
        let deskFirst = Decision(.nextTask(deskQueue: 2), patient: nil, legacyCards: .valid, networkUp: true, readerHelpFirst: false)
        #expect(readerFirst.standardAction == .goToReader)
        #expect(readerFirst.ruling(.serveDeskQueue) == .acceptable)
        #expect(deskFirst.standardAction == .serveDeskQueue)
        #expect(deskFirst.ruling(.goToReader) == .acceptable)
        let encoded = try JSONEncoder().encode(deskFirst)
        #expect(try JSONDecoder().decode(Decision.self, from: encoded) == deskFirst)
        var old = try #require(try JSONSerialization.jsonObject(with: encoded) as? [String: Any])
        old["readerHelpFirst"] = nil
        let before = try JSONDecoder().decode(Decision.self, from: JSONSerialization.data(withJSONObject: old))
        #expect(before == readerFirst)
    }

    @Test func theRuleIsAScenarioSetting() throws {
        #expect(try ScenarioLoader.load(nameOrPath: "default").readerHelpFirst)
        let deskFirst = try ScenarioLoader.parse(text: "[staff]\nreader_help_first = false\n", origin: "case.toml")
        #expect(!deskFirst.readerHelpFirst)
    }

    /// Through the model: over three busy mornings with faults, the autopilot answers every
    /// next-task question by the clinic's rule. With help at the reader first the question is
    /// rare: 0 to 9 times a morning over replications 0–19, 11 times in the three here.
    @Test(arguments: [true, false])
    func theAutopilotFollowsTheRule(readerHelpFirst: Bool) throws {
        var scenario = try ScenarioLoader.load(nameOrPath: "monday-rush")
        scenario.readerHelpFirst = readerHelpFirst
        let answers = (0..<3).flatMap { replication in
            var sim = ClinicModel.simulator(scenario: scenario, policy: Autopilot(), seed: 1, replication: replication)
            sim.model.log = []
            sim.runToCompletion()
            return sim.model.log!.compactMap { entry -> StaffAction? in
                if case .decided(_, let d, let action, _) = entry.event, case .nextTask = d.situation { action } else { nil }
            }
        }
        #expect(answers.count >= 3, "too few next-task questions to tell: \(answers.count)")
        #expect(Set(answers) == [readerHelpFirst ? .goToReader : .serveDeskQueue])
    }
}
