import MadoguchiClinic

/// A scenario file, as `madoguchi run FILE` reads it; one that loads and is small enough
/// is also simulated for a day, so a value the checks let through cannot trap the model.
enum ScenarioFuzzing {
    static let origin = "fuzz.toml"
    /// Days longer than this are loaded but not run: the fuzzer wants many inputs a second.
    static let simulatedArrivals = 300.0

    static func run(_ bytes: [UInt8]) {
        let scenario: Scenario
        do {
            scenario = try ScenarioLoader.parse(data: bytes, origin: origin)
        } catch {
            checkNames(origin, en: error.message(in: .en), ja: error.message(in: .ja))
            return
        }
        check(scenario.desks >= 1 && scenario.desks <= ScenarioLimits.desks, "desks \(scenario.desks)")
        check(scenario.readers >= 0 && scenario.readers <= ScenarioLimits.readers, "readers \(scenario.readers)")
        check(scenario.arrivalRate.expectedArrivals <= ScenarioLimits.patients, "arrivals \(scenario.arrivalRate.expectedArrivals)")
        if scenario.arrivalRate.expectedArrivals <= simulatedArrivals {
            let statistics = ClinicRun.statistics(scenario, seed: scenario.seed, replication: 0)
            check(statistics.arrived >= 0, "arrived \(statistics.arrived)")
        }
    }
}
