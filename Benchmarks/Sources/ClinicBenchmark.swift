import Foundation
import MadoguchiClinic
import MadoguchiSim

/// The full clinic model with every path and fault switched on: patients per second of one
/// long replication, so the set-up cost does not dominate.
func clinicBenchmark(_ scenario: Scenario, patients: Int, runs: Int) -> [Double] {
    var scenario = scenario
    let perHour = scenario.arrivals.map(\.perHour).max() ?? 60
    let hours = Double(patients) / perHour
    scenario.closing = ClockTime(seconds: scenario.opening.secondsSinceMidnight + hours * 3600)
    scenario.arrivals = [ArrivalWindow(from: scenario.opening, to: scenario.closing, perHour: perHour)]
    scenario.outages = []
    return (0..<runs).map { run in
        let start = DispatchTime.now().uptimeNanoseconds
        let s = ClinicRun.statistics(scenario, seed: UInt64(run + 1), replication: 0)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return Double(s.arrived) / seconds
    }
}
