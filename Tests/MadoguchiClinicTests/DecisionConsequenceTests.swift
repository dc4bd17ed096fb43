import MadoguchiClinic
import MadoguchiSim
import MadoguchiTestSupport
import Testing

/// What an answer does to the clinic: the consequences the rule table names happen in the
/// model, not only in the judgement.
@Suite struct DecisionConsequenceTests {
    /// Answers one kind of question its own way and the rest by the book.
    struct Answering: StaffPolicy {
        let answer: (Decision) -> StaffAction?
        mutating func decide(_ decision: Decision, ticket: Int) -> StaffAction? {
            answer(decision) ?? decision.standardAction
        }
    }

    static func run(_ scenario: Scenario, _ answer: @escaping (Decision) -> StaffAction?) -> (ClinicModel<Answering>, [TimedClinicEvent]) {
        var sim = ClinicModel.simulator(scenario: scenario, policy: Answering(answer: answer), seed: 4, replication: 0)
        sim.model.records = []
        sim.model.log = []
        while !sim.model.isDayOver, sim.step() {}
        return (sim.model, sim.model.log!)
    }

    @Test func visualModeDoesNotMakeAnUnreadableCardReadable() {
        var faults = TestScenario.noFaults
        faults[.readerError] = 1
        faults.readerErrorRetryFails = 1
        let scenario = TestScenario.make(perHour: 10, hours: 2, mix: [(.mynaCard, 1)], faults: faults)
        let (model, log) = Self.run(scenario) { d in
            if case .readerError(let attempt) = d.situation { return attempt == 1 ? .visualMode : .otherCredential }
            return nil
        }
        let records = model.records!
        #expect(records.count > 5)
        #expect(records.allSatisfy { $0.outcome != .confirmedOnline && $0.faults.contains(.readerError) })
        let visual = log.filter { if case .visualMode(_, true) = $0.event { return true } else { return false } }
        #expect(!visual.isEmpty, "staff switched to visual mode")
        #expect(model.statistics.mynaConfirmations == 0, "no card was read after the visual check")
    }

    @Test func cardPatientsGoToTheDeskWhileEveryReaderIsBroken() throws {
        let from = ClockTime("09:00")!, to = ClockTime("10:00")!
        let scenario = TestScenario.make(readers: 1, perHour: 30, hours: 3, mix: [(.mynaCard, 1)], faults: TestScenario.noFaults,
                                         outages: [Outage(kind: .reader(0), from: from, to: to)])
        let start = scenario.simulatedTime(from), end = scenario.simulatedTime(to)
        let (model, _) = Self.run(scenario) { _ in nil }
        let records = model.records!
        let during = records.filter { $0.arrival > start && $0.arrival < end }
        #expect(during.count > 10)
        #expect(during.allSatisfy { $0.readerStart == nil && $0.outcome != .confirmedOnline },
                "a card patient never waits at a broken reader")
        #expect(records.allSatisfy { r in r.readerStart.map { $0 < start || $0 >= end } ?? true })
        // Left waiting at the dead reader, they start there only once it works again.
        let (waited, _) = Self.run(scenario) { d in d.situation == .readersDown ? .waitForRepair : nil }
        let stood = waited.records!.filter { $0.arrival > start && $0.arrival < end }
        #expect(stood.allSatisfy { ($0.readerStart ?? 0) >= end })
        #expect(waited.statistics.decisionErrors == 1)
    }

    @Test func patientsNotedInAnOutageAreConfirmedOnceTheLineIsBack() {
        let scenario = TestScenario.make(perHour: 40, hours: 3, mix: [(.mynaCard, 0.5), (.none, 0.5)], faults: TestScenario.noFaults,
                                         outages: [Outage(kind: .network, from: ClockTime("09:00")!, to: ClockTime("10:00")!)])
        let (model, log) = Self.run(scenario) { _ in nil }
        let noted = log.compactMap { e -> Int? in
            if case .decided(_, let d, .manualRecord, _) = e.event { return d.patient?.patient }
            return nil
        }
        let confirming = log.compactMap { e -> Int? in
            if case .staffStarted(_, .confirmNoted(let count), _) = e.event { return count }
            return nil
        }
        #expect(!noted.isEmpty)
        #expect(confirming.reduce(0, +) == noted.count, "every noted patient is confirmed after the outage")
        #expect(model.statistics.decisionErrors == 0)
        let (skipped, skippedLog) = Self.run(scenario) { d in
            if case .lineRestored = d.situation { return .skipConfirmation }
            return nil
        }
        #expect(!skippedLog.contains { if case .staffStarted(_, .confirmNoted, _) = $0.event { return true } else { return false } })
        let skips = skippedLog.filter { if case .decided(_, _, .skipConfirmation, _) = $0.event { return true } else { return false } }
        #expect(!skips.isEmpty)
        #expect(skipped.statistics.decisionErrors == skips.count)
    }

    @Test func aPatientSentAwayLeavesUnserved() {
        var faults = TestScenario.noFaults
        faults[.needsHelp] = 1
        let scenario = TestScenario.make(perHour: 20, hours: 2, mix: [(.mynaCard, 1)], faults: faults)
        let (model, _) = Self.run(scenario) { d in d.situation == .needsHelp ? .sendAway : nil }
        let records = model.records!
        #expect(records.count > 10)
        #expect(records.allSatisfy { $0.outcome == .sentAway && $0.serviceStart == nil })
        #expect(model.statistics.decisionErrors == records.count)
        #expect(model.statistics.inSystem == 0)
    }

    @Test func aPatientWhoForgotThePINLocksItWhenToldToUseIt() {
        var faults = TestScenario.noFaults
        faults[.faceMismatch] = 1
        faults.faceRetryFails = 1
        var scenario = TestScenario.make(perHour: 20, hours: 2, mix: [(.mynaCard, 1)], faults: faults)
        scenario.paths[.mynaCard].methods = Mix([(.face, 1)])
        scenario.patients.pinKnown = 0
        let (model, _) = Self.run(scenario) { d in
            if case .faceFailed(let attempt) = d.situation, attempt >= 2 { return .usePIN }
            return nil
        }
        #expect(model.records!.allSatisfy { $0.faults.contains(.pinLock) && $0.method == .pin })
        let (byTheBook, _) = Self.run(scenario) { _ in nil }
        #expect(byTheBook.records!.allSatisfy { !$0.faults.contains(.pinLock) && $0.method == .face },
                "the autopilot hears the PIN is forgotten and goes to visual mode")
    }
}
