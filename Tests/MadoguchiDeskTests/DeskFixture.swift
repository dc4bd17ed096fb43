import MadoguchiTestSupport
import MadoguchiClinic
@testable import MadoguchiDesk

/// The desk on a fixed scenario and seed, advanced to a fixed simulated time, so screens
/// are the same on every machine.
enum DeskFixture {
    static let seed: UInt64 = 20_251_015

    static var scenario: Scenario {
        var faults = TestScenario.allFaults
        faults[.unrenderableName] = 0.15
        faults[.faceMismatch] = 0.12
        return TestScenario.make(desks: 2, readers: 2, perHour: 55, hours: 4, faults: faults)
    }

    /// The desk after `minutes` simulated minutes; from minute 60 reader 2 is broken and
    /// from minute 85 the network is down, so later screens show both.
    static func state(minutes: Double, language: Language, width: Int, height: Int,
                      ambiguousWidth: AmbiguousWidth = .narrow) -> DeskState {
        var state = DeskState(scenario: scenario, seed: seed, language: language, ambiguousWidth: ambiguousWidth,
                              speed: .times(10), width: width, height: height)
        let breaks: [(Double, [DeskKey])] = [(60, [.character("r"), .character("2")]), (85, [.character("n")])]
        for (at, keys) in breaks where at < minutes {
            state.advance(by: at * 60 - state.now)
            for key in keys { state.update(.key(key)) }
        }
        state.advance(by: minutes * 60 - state.now)
        return state
    }
}
