import Foundation
import MadoguchiTestSupport
import Testing
import MadoguchiSim
@testable import MadoguchiClinic

@Suite struct BuiltinScenarioTests {
    @Test(arguments: ScenarioLoader.builtinNames)
    func loads(name: String) throws {
        let scenario = try ScenarioLoader.load(nameOrPath: name)
        #expect(scenario.origin == "Scenarios/\(name).toml")
        #expect(scenario.text == BuiltinScenarios.texts[name])
        #expect(!scenario.title.isEmpty && !scenario.titleJa.isEmpty)
        #expect(!scenario.arrivals.isEmpty)
    }

    @Test func listsEveryBuiltinWithItsTitles() {
        let list = ScenarioLoader.builtins
        #expect(list.map(\.name) == ScenarioLoader.builtinNames)
        #expect(list.first { $0.name == "monday-rush" }?.title == "Monday rush")
        #expect(list.first { $0.name == "quiet-weekday" }?.titleJa == "静かな平日")
    }

    /// defaults.toml alone, with nothing underneath, must be a whole scenario with no
    /// key the decoder does not read.
    @Test func defaultsAreCompleteOnTheirOwn() throws {
        let scenario = try ScenarioLoader.parse(text: BuiltinScenarios.defaults, origin: "defaults.toml",
                                                over: nil, overrides: [])
        #expect(scenario.desks >= 1)
        #expect(scenario.patients.patience == nil)
        #expect(scenario.paths[.mynaCard].flow == .lognormal(median: 30, p90: 75))
        #expect(scenario.outages.isEmpty)
    }

    @Test func aScenarioMissingAKeyOfTheDefaultsIsIncomplete() {
        let withoutDesks = BuiltinScenarios.defaults.replacingOccurrences(of: "desks = 2", with: "")
        #expect(throws: ScenarioError.self) {
            try ScenarioLoader.parse(text: withoutDesks, origin: "defaults.toml", over: nil, overrides: [])
        }
    }

    /// The presets reproduce the official usage rates (DOMAIN.md) as the run reports them,
    /// faults included: 2,000 replications at the scenario's own seed, judged by the
    /// statistical design's interval. The designed spread of one replication's rate is from
    /// a pilot of 2,000 replications at seed 9 000 003 (0.0201 and 0.0480), rounded up by
    /// about 10 %.
    @Test(arguments: [("civil-servants-2023-11", 0.0436, 0.022), ("national-2025-10", 0.3714, 0.053)])
    func presetsReproduceTheirUsageRates(name: String, official: Double, designedDeviation: Double) throws {
        let scenario = try ScenarioLoader.load(nameOrPath: name)
        let rates = (0..<2_000).map { ClinicRun.statistics(scenario, seed: scenario.seed, replication: $0).usageRate }
        let ci = StatisticalDesign.interval(rates)
        #expect(ci.contains(official), "\(name): \(official) outside [\(ci.lower), \(ci.upper)]")
        let designed = StatisticalDesign.designedHalfWidth(standardDeviation: designedDeviation, count: rates.count)
        #expect(StatisticalDesign.isAsPreciseAsDesigned(ci, designedHalfWidth: designed), "\(ci.halfWidth) against \(designed)")
    }

    @Test func presetsAreDatedInTheirMonth() throws {
        let civil = try ScenarioLoader.load(nameOrPath: "civil-servants-2023-11")
        #expect(civil.date.year == 2023 && civil.date.month == 11)
        let national = try ScenarioLoader.load(nameOrPath: "national-2025-10")
        #expect(national.date.year == 2025 && national.date.month == 10)
    }

    @Test func stopgapFallsWithinTheGracePeriod() throws {
        let s = try ScenarioLoader.load(nameOrPath: "stopgap-2026-02")
        #expect(s.date > CalendarDate(year: 2025, month: 12, day: 1))
        #expect(s.date <= CalendarDate(year: 2026, month: 3, day: 31))
        #expect(s.pathMix.share(of: .legacyCard) > 0)
    }

    @Test func readerOutageHasAReaderAndA29MinuteNetworkOutage() throws {
        let s = try ScenarioLoader.load(nameOrPath: "reader-outage")
        #expect(s.outages.contains { $0.kind == .reader(0) })
        let network = try #require(s.outages.first { $0.kind == .network })
        #expect(network.to.secondsSinceMidnight - network.from.secondsSinceMidnight == 29 * 60)
    }

    @Test func mondayRushSurgesAtOpeningOnAMonday() throws {
        let rush = try ScenarioLoader.load(nameOrPath: "monday-rush")
        let quiet = try ScenarioLoader.load(nameOrPath: "quiet-weekday")
        #expect(rush.arrivals.first!.from == rush.opening)
        #expect(rush.arrivals.first!.perHour == rush.arrivals.map(\.perHour).max())
        #expect(rush.arrivalRate.expectedArrivals > quiet.arrivalRate.expectedArrivals)
        #expect(rush.date == CalendarDate(year: 2025, month: 10, day: 20))
    }

    /// M/M/1: one desk, Poisson arrivals at one rate, exponential registration, nothing else.
    @Test func steadyStateIsAnMM1Queue() throws {
        let s = try ScenarioLoader.load(nameOrPath: "steady-state")
        #expect(s.desks == 1)
        #expect(s.arrivals.count == 1 && s.arrivals[0].from == s.opening && s.arrivals[0].to == s.closing)
        #expect(s.pathMix.options.allSatisfy { !$0.usesReader })
        #expect(s.firstVisitShare == 0)
        guard case .exponential(let mean) = s.times.registration else {
            Issue.record("registration is not exponential")
            return
        }
        let rho = s.arrivals[0].perHour / 3600 * mean
        #expect(rho > 0 && rho < 1)
        let faults = s.faults
        #expect([faults[.readerError], faults[.faceMismatch], faults[.pinLock], faults[.eligibilityInvalid],
                 faults[.certificateExpired], faults[.unrenderableName], faults[.wrongPerson], faults[.needsHelp]]
                    .allSatisfy { $0 == 0 })
        #expect(s.outages.isEmpty && s.patients.patience == nil && s.patients.refusesEverything == 0)
        #expect(s.closing.secondsSinceMidnight > 24 * 3600 && s.warmup > 0)
        let others: [Distribution?] = [s.paths[.mynaCard].flow, s.times.credentialCheck, s.times.onlineByNumber,
                                      s.times.decision, s.times.verbalConfirmation]
        #expect(others.allSatisfy { $0 == .deterministic(0) })
    }
}
