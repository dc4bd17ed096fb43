#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif
import MadoguchiClinic

// MARK: - clinic

/// The full clinic model with every path and fault switched on: the built-in default
/// scenario (every path, default rates for every fault) plus a 29-minute network outage and
/// a broken reader, kept open until about N patients have come, so the set-up cost does not
/// dominate. Nothing is recorded, so peak memory must not grow with N.
func benchmarkClinic(_ arguments: ArraySlice<String>) throws {
    let options = try Options(arguments, allowed: ["patients", "runs", "seed"])
    let patients = options.value("patients", default: 2_000_000)
    let runs = options.value("runs", default: 5)
    let seed = UInt64(options.value("seed", default: 1))
    var scenario: Scenario
    do {
        scenario = try ScenarioLoader.load(nameOrPath: "default")
    } catch {
        throw UsageError(message: error.description)
    }
    let paths = CredentialPath.allCases.filter { scenario.pathMix.share(of: $0) > 0 }
    let f = scenario.faults
    let rates = Fault.perVisit.map { f[$0] }
    // Today's five paths; the what-ifs (phone_tap, face_only) have their own scenarios.
    guard paths.count >= 5, rates.allSatisfy({ $0 > 0 }) else {
        throw UsageError(message: "the default scenario no longer switches on every path and fault")
    }
    let opening = scenario.opening.secondsSinceMidnight
    scenario.outages += [
        Outage(kind: .network, from: ClockTime(seconds: opening + 40 * 60), to: ClockTime(seconds: opening + 69 * 60)),
        Outage(kind: .reader(0), from: ClockTime(seconds: opening + 60 * 60), to: ClockTime(seconds: opening + 120 * 60)),
    ]
    // One long opening at the day's average rate, so the input stays the same size however
    // many patients come: peak memory then shows what the model itself keeps.
    let perDay = scenario.arrivalRate.expectedArrivals
    let perHour = perDay / (scenario.simulatedTime(scenario.closing) / 3600)
    let hours = (Double(patients) / perHour).rounded(.up)
    scenario.closing = ClockTime(seconds: opening + hours * 3600)
    scenario.arrivals = [ArrivalWindow(from: scenario.opening, to: scenario.closing, perHour: perHour)]

    print("clinic: '\(scenario.origin)' kept open \(Int(hours)) hours at \(Int(perHour)) patients/hour, about \(patients) patients, \(runs) runs")
    var rates2: [Double] = []
    var arrived = 0
    for run in 0..<runs {
        let start = monotonicSeconds()
        let s = ClinicRun.statistics(scenario, seed: seed, replication: run)
        let elapsed = monotonicSeconds() - start
        let rate = Double(s.arrived) / elapsed
        rates2.append(rate)
        arrived += s.arrived
        print("  run \(run + 1): \(s.arrived) patients in \(String(elapsed)) s: \(format(rate)) patients/s; faults \(Fault.allCases.map { s.stats($0).count }.reduce(0, +))")
    }
    let peak = peakMemoryKiB().map(String.init) ?? "unknown"
    print("clinic madoguchi patients_per_sec=\(format(median(rates2))) runs=\(runs) patients=\(patients) arrived=\(arrived) peak_rss_kib=\(peak)")
}

