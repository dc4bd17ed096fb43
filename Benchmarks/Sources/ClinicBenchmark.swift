#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif
import MadoguchiClinic

// MARK: - clinic

/// The full clinic model with every path and fault switched on: the built-in default
/// scenario (every path, default rates for every fault) plus a 29-minute network outage and
/// a broken reader each morning, repeated day after day to about N patients, so the set-up cost does not dominate. Nothing is
/// recorded, so peak memory must not grow with N.
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
    let rates = [f.readerError, f.faceMismatch, f.pinLock, f.eligibilityInvalid, f.certificateExpired,
                 f.unrenderableName, f.wrongPerson, f.needsHelp]
    guard paths.count == CredentialPath.allCases.count, rates.allSatisfy({ $0 > 0 }) else {
        throw UsageError(message: "the default scenario no longer switches on every path and fault")
    }
    let opening = scenario.opening.secondsSinceMidnight
    scenario.outages += [
        Outage(kind: .network, from: ClockTime(seconds: opening + 40 * 60), to: ClockTime(seconds: opening + 69 * 60)),
        Outage(kind: .reader(0), from: ClockTime(seconds: opening + 60 * 60), to: ClockTime(seconds: opening + 120 * 60)),
    ]
    // Repeat the day's arrival profile, outages included, until about N patients have come.
    let perDay = scenario.arrivalRate.expectedArrivals
    let days = max(1, Int((Double(patients) / perDay).rounded(.up)))
    let dayLength = 24.0 * 3600
    let oneDay = (arrivals: scenario.arrivals, outages: scenario.outages)
    scenario.arrivals = (0..<days).flatMap { d in oneDay.arrivals.map {
        ArrivalWindow(from: shifted($0.from, d, dayLength), to: shifted($0.to, d, dayLength), perHour: $0.perHour) } }
    scenario.outages = (0..<days).flatMap { d in oneDay.outages.map {
        Outage(kind: $0.kind, from: shifted($0.from, d, dayLength), to: shifted($0.to, d, dayLength)) } }
    scenario.closing = shifted(scenario.closing, days - 1, dayLength)

    print("clinic: '\(scenario.origin)' repeated over \(days) days, about \(Int(perDay) * days) patients, \(runs) runs")
    var rates2: [Double] = []
    for run in 0..<runs {
        let start = monotonicSeconds()
        let s = ClinicRun.statistics(scenario, seed: seed, replication: run)
        let elapsed = monotonicSeconds() - start
        let rate = Double(s.arrived) / elapsed
        rates2.append(rate)
        print("  run \(run + 1): \(s.arrived) patients in \(String(elapsed)) s: \(format(rate)) patients/s; faults \(Fault.allCases.map { s.stats($0).count }.reduce(0, +))")
    }
    let peak = peakMemoryKiB().map(String.init) ?? "unknown"
    print("clinic madoguchi patients_per_sec=\(format(median(rates2))) runs=\(runs) patients=\(patients) peak_rss_kib=\(peak)")
}

func shifted(_ time: ClockTime, _ days: Int, _ dayLength: Double) -> ClockTime {
    ClockTime(seconds: time.secondsSinceMidnight + Double(days) * dayLength)
}
