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
}
