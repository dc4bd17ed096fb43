import MadoguchiTestSupport
import MadoguchiClinic
import MadoguchiSim

/// Scenarios for the lab's tests, built in code.
enum LabScenarios {
    /// Like the built-in monday-rush: a crowd at opening, a long tail, impatient patients.
    static func mondayRush(desks: Int = 2) -> Scenario {
        var s = TestScenario.make(desks: desks, readers: 2, patience: .lognormal(median: 2400, p90: 5400))
        func at(_ h: Double) -> ClockTime { ClockTime(seconds: h * 3600) }
        s.closing = at(12.5)
        s.arrivals = [ArrivalWindow(from: at(8.5), to: at(9), perHour: 90), ArrivalWindow(from: at(9), to: at(10), perHour: 55),
                      ArrivalWindow(from: at(10), to: at(11), perHour: 38), ArrivalWindow(from: at(11), to: at(12.5), perHour: 25)]
        s.title = "Monday rush (test)"
        s.origin = "test:monday-rush"
        s.text = "# monday rush built in code, desks = \(desks)\n"
        return s
    }

    /// A small day, for recordings that should stay quick.
    static func small(desks: Int = 2) -> Scenario {
        var s = TestScenario.make(desks: desks, perHour: 40, hours: 2)
        s.text = "# small test day, desks = \(desks)\n"
        return s
    }
}
