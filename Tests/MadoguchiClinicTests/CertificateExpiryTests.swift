import MadoguchiClinic
import MadoguchiSim
import MadoguchiTestSupport
import Testing

/// A 資格確認書 past the expiry printed on it proves nothing by eye: while the line is down,
/// staff may not accept it as they accept a valid one (docs/scenario-format.md,
/// `patients.certificate_expiry`). Before that date, or renewed, it is accepted as ever.
@Suite struct CertificateExpiryTests {
    static let printed = CalendarDate(year: 2026, month: 7, day: 31)

    /// Outcomes of a morning of certificate holders with the line down all morning, no
    /// other proof and nobody refusing.
    static func outcomes(on date: CalendarDate, renewed: Double) -> [Outcome] {
        var s = TestScenario.make(date: date, perHour: 30, hours: 2, mix: [(.certificate, 1)], faults: TestScenario.noFaults,
                                  outages: [Outage(kind: .network, from: ClockTime("08:30")!, to: ClockTime("13:00")!)])
        s.patients.backupCredential = 0
        s.patients.refusesEverything = 0
        s.patients.certificateExpiry = printed
        s.patients.certificateRenewed = renewed
        var sim = ClinicModel.simulator(scenario: s, policy: Autopilot(), seed: 5, replication: 0)
        sim.model.records = []
        sim.runToCompletion()
        return sim.model.records!.map(\.outcome)
    }

    @Test func beforeItsDateItIsAcceptedByEye() {
        let outcomes = Self.outcomes(on: CalendarDate(year: 2026, month: 7, day: 31), renewed: 0)
        #expect(outcomes.count > 20)
        #expect(outcomes.allSatisfy { $0 == .confirmedByCredential })
    }

    @Test func afterItsDateItIsNotAcceptedByEye() {
        let outcomes = Self.outcomes(on: CalendarDate(year: 2026, month: 8, day: 1), renewed: 0)
        #expect(outcomes.count > 20)
        #expect(!outcomes.contains(.confirmedByCredential))
        #expect(outcomes.allSatisfy { $0 == .moushitatesho })
    }

    @Test func aRenewedOneIsAcceptedAfterTheDate() {
        let outcomes = Self.outcomes(on: CalendarDate(year: 2026, month: 8, day: 1), renewed: 1)
        #expect(outcomes.count > 20)
        #expect(outcomes.allSatisfy { $0 == .confirmedByCredential })
    }

    /// The keys are read from the file; the built-in defaults print 31 Jul 2026.
    @Test func theKeysAreReadFromTheScenario() throws {
        let s = try ScenarioLoader.load(nameOrPath: "default", overrides: [("patients.certificate_expiry", "2025-12-31"),
                                                                            ("patients.certificate_renewed", "0.5")])
        #expect(s.patients.certificateExpiry == CalendarDate(year: 2025, month: 12, day: 31))
        #expect(s.patients.certificateRenewed == 0.5)
        #expect(try ScenarioLoader.load(nameOrPath: "default").patients.certificateExpiry == Self.printed)
    }
}
