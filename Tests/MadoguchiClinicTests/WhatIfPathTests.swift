import MadoguchiClinic
import MadoguchiSim
import MadoguchiTestSupport
import Testing

/// The what-if paths of DOMAIN.md's future: a phone tapped at any reader, a face matched
/// against a registry. Each behaves as the domain describes, through the same reader flow.
@Suite struct WhatIfPathTests {
    static func run(_ patient: ScriptedPatient) -> (steps: [Patient.Step], questions: [Situation], outcome: Outcome?) {
        var scenario = TestScenario.make(perHour: 0, faults: TestScenario.noFaults)
        scenario.script = [patient]
        var sim = ClinicModel.simulator(scenario: scenario, policy: Autopilot(), seed: 3, replication: 0)
        sim.model.log = []
        sim.model.records = []
        sim.runToCompletion()
        var steps: [Patient.Step] = [], questions: [Situation] = []
        for entry in sim.model.log! {
            switch entry.event {
            case .step(_, let step, _): steps.append(step)
            case .decisionPending(_, let decision, _): questions.append(decision.situation)
            default: break
            }
        }
        return (steps, questions, sim.model.records!.first?.outcome)
    }

    /// A registry that does not know the face sends the patient to the desk with another
    /// proof: no visual mode (there is no card photo), no PIN, no question at the reader.
    @Test func aFalseRejectGoesToTheDeskWithAnotherProof() {
        let r = Self.run(ScriptedPatient(at: 60, path: .faceOnly, method: .registry, faults: [.faceMismatch],
                                         backup: .legacyCard))
        #expect(r.steps.contains(.failedFace))
        #expect(!r.steps.contains(.cardFlow) && !r.steps.contains(.visualCheck))
        #expect(!r.questions.contains { if case .faceFailed = $0 { true } else { false } })
        #expect(r.outcome == .confirmedByCredential)
    }

    /// A false accept is another person's record, handled as today's wrong-person fault.
    @Test func aFalseAcceptIsAnotherPersonsRecord() {
        let r = Self.run(ScriptedPatient(at: 60, path: .faceOnly, method: .registry, faults: [.wrongPerson]))
        #expect(r.steps.first == .cardFlow)
        #expect(r.questions.contains { if case .record(let result) = $0 { result.via == .card } else { false } })
        let card = Self.run(ScriptedPatient(at: 60, path: .mynaCard, method: .face, faults: [.wrongPerson]))
        #expect(r.questions == card.questions)
        #expect(r.outcome == card.outcome && r.outcome != nil)
    }

    /// A tapped phone whose own check fails is asked about like today's iPhone.
    @Test func aPhoneTapIsCheckedOnThePhone() {
        let ok = Self.run(ScriptedPatient(at: 60, path: .phoneTap, method: .onPhone))
        #expect(ok.steps.first == .cardFlow)
        #expect(ok.outcome == .confirmedOnline)
        let failed = Self.run(ScriptedPatient(at: 60, path: .phoneTap, method: .onPhone, faults: [.faceMismatch]))
        #expect(failed.questions.contains { if case .faceFailed = $0 { true } else { false } })
    }

    /// Common random numbers: with the same seed, the patients who hold a My Number card
    /// (or a phone) this morning are the ones who tap a phone, or show their face, in the
    /// what-if, and everyone else keeps their path. Without it `compare` set different people
    /// side by side, and the paired interval was four times as wide.
    @Test(arguments: [("smartphone-everywhere", CredentialPath.phoneTap), ("face-only", .faceOnly)])
    func theWhatIfGivesTheSamePatientsTheNewPath(_ name: String, _ newPath: CredentialPath) throws {
        func paths(_ scenario: Scenario) -> [CredentialPath] {
            var sim = ClinicModel.simulator(scenario: scenario, policy: Autopilot(), seed: 11, replication: 0)
            sim.model.records = []
            sim.runToCompletion()
            return sim.model.records!.sorted { $0.id < $1.id }.map(\.path)
        }
        let today = paths(try ScenarioLoader.load(nameOrPath: "default"))
        let whatIf = paths(try ScenarioLoader.load(nameOrPath: name))
        #expect(today.count == whatIf.count && today.count > 100)
        var moved = 0
        for (now, then) in zip(today, whatIf) {
            if then == newPath {
                moved += 1
                #expect(now == .mynaCard || (newPath == .phoneTap && now == .mynaPhone), "\(now) became \(then)")
            } else {
                #expect(now == then)
            }
        }
        #expect(moved > 20)
    }
}
