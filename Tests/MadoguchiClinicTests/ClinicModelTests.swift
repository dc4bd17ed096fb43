import Foundation
import MadoguchiTestSupport
import MadoguchiClinic
import MadoguchiSim
import Testing

@Suite struct ClinicModelTests {
    /// Patients the model still holds: the independent count conservation is checked against.
    func present<P>(_ model: ClinicModel<P>) -> Int { model.patients.filter { $0.phase != .done }.count }

    @Test func conservationHoldsAfterEveryEvent() {
        let scenario = TestScenario.make(desks: 2, perHour: 70, patience: .exponential(mean: 900),
                                         outages: [Outage(kind: .network, from: ClockTime("09:00")!, to: ClockTime("09:29")!),
                                                   Outage(kind: .reader(0), from: ClockTime("10:00")!, to: ClockTime("10:30")!)])
        var sim = ClinicModel.simulator(scenario: scenario, policy: Autopilot(), seed: 7, replication: 0)
        var events = 0
        while sim.step() {
            events += 1
            let s = sim.model.statistics
            #expect(s.arrived == s.served + s.reneged + present(sim.model), "after event \(events) at \(sim.now)")
        }
        // About 1,000 events in a morning of 280 expected patients (916–1,156 over seeds 1–30):
        // the check ran over a whole morning, whatever the stream.
        #expect(events > 500)
        #expect(sim.model.statistics.reneged > 0)
        #expect(present(sim.model) == 0)
        #expect(sim.model.pending.isEmpty)
    }

    @Test func everyPathAndFaultOccursAndTheAutopilotMakesNoErrors() {
        let mix: [(CredentialPath, Double)] = [(.mynaCard, 0.4), (.mynaPhone, 0.1), (.legacyCard, 0.25), (.certificate, 0.15),
                                               (.none, 0.05), (.phoneTap, 0.025), (.faceOnly, 0.025)]
        let scenario = TestScenario.make(perHour: 40, hours: 40, mix: mix,
                                         outages: [Outage(kind: .network, from: ClockTime("10:00")!, to: ClockTime("11:00")!)])
        let s = ClinicRun.statistics(scenario, seed: 3, replication: 0)
        #expect(s.served == s.arrived)
        for path in CredentialPath.allCases { #expect(s.countByPath[CredentialPath.allCases.firstIndex(of: path)!] > 0, "\(path)") }
        for fault in Fault.allCases { #expect(s.stats(fault).count > 0, "\(fault)") }
        #expect(s.decisions > 0)
        #expect(s.decisionErrors == 0)
        #expect(s.count(.provisionalFull) <= s.counted / 20)
    }

    @Test func sameSeedSameResultsAnotherSeedDiffers() {
        let scenario = TestScenario.make()
        let a = ClinicRun.recorded(scenario, seed: 11, replication: 0).1
        let b = ClinicRun.recorded(scenario, seed: 11, replication: 0).1
        let c = ClinicRun.recorded(scenario, seed: 12, replication: 0).1
        #expect(a == b)
        #expect(a != c)
    }

    @Test func legacyCardsAreRefusedAfterTheStopGap() {
        let legacyOnly = [(CredentialPath.legacyCard, 1.0)]
        let june = ClinicRun.recorded(TestScenario.make(date: CalendarDate(year: 2026, month: 6, day: 1), mix: legacyOnly,
                                                        faults: TestScenario.noFaults), seed: 1, replication: 0).1
        #expect(!june.isEmpty)
        #expect(june.allSatisfy { $0.outcome != .confirmedOnline })
        let october = ClinicRun.recorded(TestScenario.make(mix: legacyOnly, faults: TestScenario.noFaults), seed: 1, replication: 0).1
        #expect(october.allSatisfy { $0.outcome == .confirmedOnline })
    }

    @Test func stopGapNeedsTheNetwork() {
        let feb = TestScenario.make(date: CalendarDate(year: 2026, month: 2, day: 10), mix: [(.legacyCard, 1.0)],
                                    faults: TestScenario.noFaults,
                                    outages: [Outage(kind: .network, from: ClockTime("08:30")!, to: ClockTime("20:00")!)])
        let records = ClinicRun.recorded(feb, seed: 1, replication: 0).1
        #expect(records.allSatisfy { $0.faults.contains(.outage) && $0.outcome != .confirmedOnline })
    }

    @Test func usageRateFollowsTheMix() {
        let allCard = ClinicRun.statistics(TestScenario.make(mix: [(.mynaCard, 1.0)], faults: TestScenario.noFaults), seed: 1, replication: 0)
        #expect(allCard.usageRate == 1)
        let half = ClinicRun.statistics(TestScenario.make(perHour: 60, hours: 200, mix: [(.mynaCard, 0.5), (.legacyCard, 0.5)],
                                                          faults: TestScenario.noFaults), seed: 1, replication: 0)
        // 12,000 patients, each confirmed online by card or by number with probability 1/2:
        // the card share is binomial, its standard error about 0.0046.
        let p = half.usageRate, n = Double(half.onlineConfirmations)
        #expect(abs(p - 0.5) < StatisticalDesign.normalBound * (0.25 / n).squareRoot(), "card share \(p) of \(n) confirmations")
    }

    @Test func aReaderLeftInVisualModeBreaksTheNextFaceMatch() {
        // A trainee who never switches back: face users after the first visual check all fail.
        struct NeverSwitchBack: StaffPolicy {
            mutating func decide(_ decision: Decision, ticket: Int) -> StaffAction? {
                decision.situation.kind == .readerInVisualMode ? .leaveInVisualMode : decision.standardAction
            }
        }
        var faults = TestScenario.noFaults
        faults[.pinLock] = 1
        let scenario = TestScenario.make(readers: 1, perHour: 30, mix: [(.mynaCard, 1.0)], faults: faults)
        var sim = ClinicModel.simulator(scenario: scenario, policy: NeverSwitchBack(), seed: 5, replication: 0)
        sim.model.records = []
        sim.runToCompletion()
        let records = sim.model.records!
        let firstVisual = records.firstIndex { $0.method == .pin }!
        let laterFace = records.filter { $0.id > records[firstVisual].id && $0.method == .face }
        #expect(!laterFace.isEmpty)
        #expect(laterFace.allSatisfy { $0.faults.contains(.faceMismatch) })
        #expect(sim.model.statistics.decisionErrors > 0)
        // The autopilot switches back, so no face match fails without a drawn fault.
        var clean = ClinicModel.simulator(scenario: scenario, policy: Autopilot(), seed: 5, replication: 0)
        clean.model.records = []
        clean.runToCompletion()
        #expect(clean.model.records!.allSatisfy { !$0.faults.contains(.faceMismatch) })
    }

    @Test func pendingDecisionsWaitForAnAnswer() {
        let scenario = TestScenario.make(mix: [(.none, 1.0)], faults: TestScenario.noFaults)
        var sim = ClinicModel.simulator(scenario: scenario, policy: TraineePolicy(), seed: 2, replication: 0)
        sim.run(until: 3600)
        let waiting = sim.model.pendingDecisions
        #expect(!waiting.isEmpty)
        #expect(sim.model.statistics.served == 0)
        for (ticket, pending) in waiting {
            #expect(pending.decision.situation == .eligibility(.noCredential, noted: false))
            sim.inject(.answer(ticket: ticket, action: .chargeFull))
        }
        sim.run(until: sim.now)
        #expect(sim.model.statistics.decisionErrors >= 1)
    }

    /// With a fixed patience, a patient who reneges leaves exactly when it runs out (or, if it
    /// ran out while he was attended, exactly when he would queue again), never while being
    /// served; one served in time never reneges, though his deadline passes later.
    @Test func patientsRenegeExactlyWhenTheirPatienceEnds() throws {
        let patience = 600.0
        let scenario = TestScenario.make(desks: 1, perHour: 70, patience: .deterministic(patience))
        var sim = ClinicModel.simulator(scenario: scenario, policy: Autopilot(), seed: 5, replication: 0)
        sim.model.log = []
        sim.runToCompletion()
        var reneged = 0, servedAfterTheirDeadline = 0
        for entry in sim.model.log! {
            guard case .left(let record) = entry.event else { continue }
            if record.reneged {
                reneged += 1
                // One whose patience ran out while he was attended (at the reader, through a
                // fault's recovery) leaves when he would queue again, at once.
                if let queued = record.deskQueueEntry, queued > record.arrival + patience {
                    #expect(entry.time == queued)
                } else {
                    #expect(entry.time == record.arrival + patience)
                }
                #expect(record.serviceStart == nil)
            } else if entry.time > record.arrival + patience {
                servedAfterTheirDeadline += 1
            }
        }
        #expect(reneged > 10)
        #expect(servedAfterTheirDeadline > 10)
        #expect(reneged == sim.model.statistics.reneged)
    }

    /// closed_at and the utilizations end when the last patient leaves. With finite patience
    /// the event list once outlived that moment (every queued patient's renege event stayed
    /// in it, served or not): closing the books at the last event overstated closed_at by
    /// hours and understated both utilizations, and the desk ran on, empty, until then.
    @Test func theDayClosesWhenTheLastPatientLeaves() throws {
        let scenario = try ScenarioLoader.load(nameOrPath: "monday-rush")
        for replication in 0..<3 {
            var sim = ClinicModel.simulator(scenario: scenario, policy: Autopilot(), seed: 1, replication: replication)
            sim.model.log = []
            while !sim.model.isDayOver, sim.step() {}
            let dayOver = sim.now
            sim.runToCompletion()
            let lastLeft = try #require(sim.model.log!.compactMap { entry -> Double? in
                if case .left = entry.event { return entry.time } else { return nil }
            }.max())
            // The day is over, for the desk too, the moment he leaves.
            #expect(dayOver == lastLeft)
            let s = ClinicRun.statistics(scenario, seed: 1, replication: replication)
            #expect(s.duration == lastLeft)
            #expect(s.readerAvailableSeconds == Double(scenario.readers) * lastLeft)
            #expect(s.staffAvailableSeconds == Double(scenario.desks) * lastLeft)
        }
    }

    @Test func farOverCapacityStillTerminatesWithAWarning() {
        let scenario = TestScenario.make(desks: 1, perHour: 600, hours: 2)
        #expect(scenario.capacityWarning != nil)
        #expect(TestScenario.make().capacityWarning == nil)
        let s = ClinicRun.statistics(scenario, seed: 1, replication: 0)
        #expect(s.served == s.arrived)
        #expect(s.duration > 2 * 3600)
    }
}

@Suite struct SteadyStateValidationTests {
    /// The built-in steady-state scenario is an M/M/1 queue through the whole clinic model
    /// (paper path, exponential registration, Poisson arrivals, warm-up deleted): its mean
    /// wait must agree with theory, Wq = ρ/(μ − λ) = 0.8 / (1/120 − 24/3600) = 480 s.
    @Test func meanWaitMatchesTheMM1Formula() throws {
        let scenario = try ScenarioLoader.load(nameOrPath: "steady-state")
        let lambda = scenario.arrivals[0].perHour / 3600, mu = 1 / scenario.times.registration.mean
        let rho = lambda / mu
        let theory = rho / (mu - lambda)
        let waits = (0..<scenario.replications).map {
            ClinicRun.statistics(scenario, seed: scenario.seed, replication: $0).wait.tally.mean
        }
        let ci = StatisticalDesign.interval(waits)
        #expect(ci.contains(theory), "theory \(theory) s, interval \(ci.lower)–\(ci.upper) s")
        // The design: n customers after the warm-up have a mean wait of variance
        // ρ(2 + 5ρ − 4ρ² + ρ³)/(1 − ρ)⁴/(μ²n), the M/M/1 closed form.
        let counted = lambda * (scenario.closing.secondsSinceMidnight - scenario.opening.secondsSinceMidnight - scenario.warmup)
        let variancePerCustomer = rho * (2 + 5 * rho - 4 * rho * rho + rho * rho * rho) / pow(1 - rho, 4) / (mu * mu)
        let designed = StatisticalDesign.designedHalfWidth(standardDeviation: (variancePerCustomer / counted).squareRoot(),
                                                           count: waits.count)
        #expect(StatisticalDesign.isAsPreciseAsDesigned(ci, designedHalfWidth: designed),
                "the run is too short to judge: half-width \(ci.halfWidth) s against the designed \(designed) s")
    }
}
