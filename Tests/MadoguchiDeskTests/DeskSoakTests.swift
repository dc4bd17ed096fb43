import MadoguchiClinic
import MadoguchiSim
import MadoguchiTestSupport
import Testing
@testable import MadoguchiDesk

/// The pure desk core under random keys, ticks and resizes for three simulated days of a
/// clinic kept open, decisions taken over and handed back at random: no trap, the model's
/// conservation after every message, and every state drawn into a buffer whose rows are
/// exactly the screen's width.
@Suite struct DeskSoakTests {
    /// Every key the desk reacts to (and a few it ignores): speed, faults and repairs, the
    /// network, language, theme, help, the log, and the trainee's: take the decisions over
    /// (m), answer (a s d f …), move to the next question (Tab).
    static let keys: [DeskKey] = " +-=_<>0123456789brnikwLltT?qQZ".map { .character($0) }
        + (DeskState.answerKeys + ["m", "m"]).map { .character($0) }
        + [.up, .down, .pageUp, .pageDown, .home, .end, .escape, .enter, .tab]
    static let sizes = [(80, 24), (120, 40), (200, 60), (60, 20), (79, 23), (1, 1), (0, 0), (300, 100), (100, 30)]
    static let days = 3.0

    static var scenario: Scenario {
        var faults = TestScenario.allFaults
        faults[.unrenderableName] = 0.2
        return TestScenario.make(desks: 3, readers: 2, perHour: 30, hours: 24 * days + 1,
                                 faults: faults, patience: .exponential(mean: 1200),
                                 outages: [Outage(kind: .network, from: ClockTime("20:00")!, to: ClockTime("21:00")!)])
    }

    @Test(arguments: [AmbiguousWidth.narrow, .wide])
    func randomKeysForDays(_ ambiguous: AmbiguousWidth) throws {
        try #require(utf8Locale)
        var rng = SplitMix64(seed: ambiguous == .wide ? 2 : 1)
        var state = DeskState(scenario: Self.scenario, seed: 5, language: .ja, ambiguousWidth: ambiguous,
                              speed: .maximum, width: 120, height: 40)
        var messages = 0, drawn = 0
        while state.now < Self.days * 24 * 3600 || messages < 20_000 {
            let message: DeskMessage
            switch Int.random(in: 0..<10, using: &rng) {
            case 0..<5: message = .tick(wallSeconds: Double.random(in: 0..<2, using: &rng))
            case 5: message = .resize(width: Self.sizes.randomElement(using: &rng)!.0, height: Self.sizes.randomElement(using: &rng)!.1)
            default: message = .key(Self.keys.randomElement(using: &rng)!)
            }
            state.update(message)
            messages += 1
            // Keep the clock moving now and then: a random key may have paused it.
            if messages % 500 == 0 { state.update(.key(.character("7"))) }
            let s = state.sim.model.statistics
            let present = state.sim.model.patients.filter { $0.phase != .done }.count
            try #require(s.arrived == s.served + s.reneged + present, "after message \(messages) (\(message)) at \(state.now)")
            if messages % 25 == 0 {
                let buffer = DeskView.render(state)
                drawn += 1
                for (row, line) in buffer.textLines().enumerated() {
                    try #require(DisplayWidth.of(line, ambiguous: ambiguous) == state.width,
                                 "row \(row) of \(state.width)×\(state.height) after message \(messages): \(line)")
                }
            }
            try #require(messages < 400_000, "three days did not pass")
        }
        #expect(state.sim.model.statistics.arrived > 1_000)
        #expect(state.sim.model.statistics.reneged > 0)
        #expect(drawn >= 800)
    }
}
