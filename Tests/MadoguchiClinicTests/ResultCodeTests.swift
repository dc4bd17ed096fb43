import MadoguchiClinic
import MadoguchiSim
import MadoguchiTestSupport
import Testing

/// Every result code of the online check (DOMAIN.md) with its standard handling, through
/// the model on one scripted patient each, answered by the autopilot.
@Suite struct ResultCodeTests {
    struct Passage {
        var results: [OnlineResult.Status] = []
        var answers: [StaffAction] = []
        var outcome: Outcome?
    }

    static func passage(_ patient: ScriptedPatient, invalid: OnlineResult.Status = .invalid,
                        multipleMatches: Double = 0) -> Passage {
        var scenario = TestScenario.make(perHour: 0, faults: TestScenario.noFaults)
        scenario.invalidResultMix = Mix([(invalid, 1)])
        scenario.faults.multipleMatches = multipleMatches
        scenario.script = [patient]
        var sim = ClinicModel.simulator(scenario: scenario, policy: Autopilot(), seed: 5, replication: 0)
        sim.model.log = []
        sim.runToCompletion()
        var passage = Passage()
        for entry in sim.model.log! {
            switch entry.event {
            case .onlineResult(_, let result): passage.results.append(result.status)
            case .decided(_, _, let action, _): passage.answers.append(action)
            case .left(let record): passage.outcome = record.outcome
            default: break
            }
        }
        return passage
    }

    static let invalidCard = ScriptedPatient(at: 60, path: .mynaCard, method: .face, faults: [.eligibilityInvalid])

    @Test func invalidWithANewerEligibilityIsConfirmedWithTheNewerOne() {
        let p = Self.passage(Self.invalidCard, invalid: .invalidNewer)
        #expect(p.results == [.invalidNewer])
        #expect(p.answers.contains(.useNewerRecord))
        #expect(p.outcome == .confirmedOnline)
    }

    @Test(arguments: [OnlineResult.Status.invalid, .noRecord])
    func invalidAndNoRecordGoToAnotherProofOrTheDeclaration(code: OnlineResult.Status) {
        let p = Self.passage(Self.invalidCard, invalid: code)
        #expect(p.results == [code])
        // A return visit with nothing else to show: a verbal check against last-visit data.
        #expect(p.answers.contains(.verbalConfirmation))
        #expect(p.outcome == .moushitatesho)
    }

    @Test func aNewerEligibilityAlsoShowsForAQueryByNumber() {
        let p = Self.passage(ScriptedPatient(at: 60, path: .certificate, method: .none, faults: [.eligibilityInvalid]),
                             invalid: .invalidNewer)
        #expect(p.results == [.invalidNewer])
        #expect(p.outcome == .confirmedOnline)
    }

    @Test func severalMatchesAreNarrowedDownAndQueriedAgain() {
        let p = Self.passage(ScriptedPatient(at: 60, path: .certificate, method: .none), multipleMatches: 1)
        #expect(p.results == [.multiple, .valid])
        #expect(p.answers.contains(.narrowDown))
        #expect(p.outcome == .confirmedOnline)
    }

    @Test func theRulesJudgeEachCode() {
        let facts = PatientFacts(patient: 7, arrival: 0, path: .certificate, visit: .return, method: .none, rareKanji: false,
                                 backup: nil, knowsPIN: true, refusesEverything: false)
        func decision(_ status: OnlineResult.Status) -> Decision {
            Decision(.record(OnlineResult(via: .number, status: status, person: 7, nameDots: false)), patient: facts,
                     legacyCards: .valid, networkUp: true)
        }
        #expect(decision(.invalidNewer).standardAction == .useNewerRecord)
        #expect(decision(.invalidNewer).ruling(.acceptRecord) == .mistake(.endedEligibilityUsed))
        #expect(decision(.invalidNewer).ruling(.moushitatesho) == .mistake(.unneededPaperwork))
        #expect(decision(.multiple).standardAction == .narrowDown)
        #expect(decision(.multiple).ruling(.acceptRecord) == .mistake(.otherPersonsRecord))
        #expect(decision(.valid).ruling(.narrowDown) == .mistake(.timeLost))
        #expect(decision(.valid).ruling(.useNewerRecord) == .mistake(.timeLost))
        // The debrief reviews 無効（新しい資格あり） under the eligibility fault; 複数該当 is no fault.
        #expect(decision(.invalidNewer).fault == .eligibilityInvalid)
        #expect(decision(.multiple).fault == nil)
    }

    /// A lesson scripts the code; it implies the eligibility fault; only the three codes of
    /// an eligibility fault are accepted.
    @Test func aScriptGivesTheCode() throws {
        let s = try ScenarioLoader.parse(text: "[[script]]\nat = \"09:00\"\npath = \"myna_card\"\nresult = \"invalid_newer\"\n",
                                         origin: "case.toml")
        #expect(s.script.first?.result == .invalidNewer)
        #expect(s.script.first?.faults.contains(.eligibilityInvalid) == true)
        let error = #expect(throws: ScenarioError.self) {
            try ScenarioLoader.parse(text: "[[script]]\nat = \"09:00\"\npath = \"myna_card\"\nresult = \"valid\"\n", origin: "case.toml")
        }
        #expect(error?.problem == .unknownOption("valid", accepted: ["invalid", "invalid_newer", "no_record"], suggestion: "invalid"))
        #expect(error?.line == 4)
    }
}
