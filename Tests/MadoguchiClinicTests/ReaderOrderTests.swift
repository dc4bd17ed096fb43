import MadoguchiClinic
import MadoguchiSim
import MadoguchiTestSupport
import Testing

/// The reader shows its errors where the real one does (DOMAIN.md, "What the reader and the
/// desk terminal show"): a card it cannot read (001) before anything else, a revoked or
/// expired certificate (006) as soon as the card is read, a line that is down once the
/// identity is confirmed; never after the consent screens with 「受付完了」 on the reader.
@Suite struct ReaderOrderTests {
    /// What one scripted patient went through at the reader: his steps and faults in order.
    enum Mark: Equatable {
        case step(Patient.Step)
        case fault(Fault)
    }

    static func marks(_ patient: ScriptedPatient, outages: [Outage] = [], faceRetryFails: Double = 0) -> [Mark] {
        var scenario = TestScenario.make(perHour: 0, faults: TestScenario.noFaults, outages: outages)
        scenario.faults.faceRetryFails = faceRetryFails
        scenario.script = [patient]
        var sim = ClinicModel.simulator(scenario: scenario, policy: Autopilot(), seed: 3, replication: 0)
        sim.model.log = []
        sim.runToCompletion()
        return sim.model.log!.compactMap { entry -> Mark? in
            switch entry.event {
            case .step(_, let step, _): .step(step)
            case .fault(_, let fault): .fault(fault)
            default: nil
            }
        }
    }

    static func steps(_ marks: [Mark]) -> [Patient.Step] {
        marks.compactMap { if case .step(let s) = $0 { s } else { nil } }
    }

    @Test func anExpiredCertificateIsRefusedBeforeIdentityAndConsent() {
        // Face recognition would fail too, but the reader never gets that far.
        let marks = Self.marks(ScriptedPatient(at: 60, path: .mynaCard, method: .face,
                                               faults: [.certificateExpired, .faceMismatch]))
        let steps = Self.steps(marks)
        #expect(steps.first == .certificateRefused)
        #expect(!steps.contains(.failedFace))
        #expect(!steps.contains(.cardFlow))
        #expect(marks.contains(.fault(.certificateExpired)))
        #expect(!marks.contains(.fault(.faceMismatch)))
    }

    @Test func anUnreadableCardComesBeforeItsCertificate() {
        let marks = Self.marks(ScriptedPatient(at: 60, path: .mynaCard, method: .face,
                                               faults: [.readerError, .certificateExpired]))
        let steps = Self.steps(marks)
        // The autopilot retries once, and with no failed retries (the scenario's rate is 0)
        // the card reads the second time, only to be refused (006).
        let read = steps.firstIndex(of: .failedRead), refused = steps.firstIndex(of: .certificateRefused)
        #expect(read != nil && refused != nil)
        #expect(read! < refused!)
        #expect(!steps.contains(.cardFlow))
    }

    @Test func aLineOutageShowsAfterIdentityBeforeConsent() {
        let opening = TestScenario.make().opening.secondsSinceMidnight
        let outage = Outage(kind: .network, from: ClockTime(seconds: opening), to: ClockTime(seconds: opening + 3600))
        let marks = Self.marks(ScriptedPatient(at: 60, path: .mynaCard, method: .pin, faults: [.pinLock]), outages: [outage])
        let steps = Self.steps(marks)
        let identity = steps.firstIndex(of: .failedPIN), failed = steps.firstIndex(of: .connectionFailed)
        #expect(identity != nil && failed != nil)
        #expect(identity! < failed!)
        #expect(!steps.contains(.cardFlow))
        #expect(marks.contains(.fault(.outage)))
    }

    @Test func withTheLineUpTheFlowEndsInTheResult() {
        let steps = Self.steps(Self.marks(ScriptedPatient(at: 60, path: .mynaCard, method: .face)))
        #expect(steps.first == .cardFlow)
        #expect(!steps.contains(.connectionFailed) && !steps.contains(.certificateRefused))
    }

    /// A smartphone's own check can fail: the iPhone's Face ID or Touch ID, whatever the
    /// reader's mode (the Android's PIN is typed on the reader and locks like a card's).
    @Test func anIPhonesFaceIDCanFailAndIsTriedOnceMore() {
        let marks = Self.marks(ScriptedPatient(at: 60, path: .mynaPhone, method: .iphone, faults: [.faceMismatch]))
        let steps = Self.steps(marks)
        #expect(marks.contains(.fault(.faceMismatch)))
        let failed = steps.firstIndex(of: .failedFace), flow = steps.firstIndex(of: .cardFlow)
        #expect(failed != nil && flow != nil)
        #expect(failed! < flow!)
    }

    /// When the phone will not confirm its holder, there is no photo to check by eye: the
    /// desk confirms eligibility another way.
    @Test func anIPhoneThatFailsTwiceGoesToTheDesk() throws {
        var scenario = TestScenario.make(perHour: 0, faults: TestScenario.noFaults)
        scenario.faults.faceRetryFails = 1
        scenario.script = [ScriptedPatient(at: 60, path: .mynaPhone, method: .iphone, faults: [.faceMismatch])]
        var sim = ClinicModel.simulator(scenario: scenario, policy: Autopilot(), seed: 3, replication: 0)
        sim.model.log = []
        sim.runToCompletion()
        let answers = sim.model.log!.compactMap { entry -> StaffAction? in
            if case .decided(_, let d, let action, _) = entry.event, case .faceFailed = d.situation { action } else { nil }
        }
        #expect(answers == [.retry, .otherCredential])
        let record = try #require(sim.model.log!.compactMap { if case .left(let r) = $0.event { r } else { nil } }.first)
        #expect(record.outcome != .confirmedOnline)
        let steps = sim.model.log!.compactMap { entry -> Patient.Step? in if case .step(_, let s, _) = entry.event { s } else { nil } }
        #expect(!steps.contains(.visualCheck) && !steps.contains(.cardFlow))
    }
}
