// madoguchi-bench: engine speed against SimPy and Ciw (see Benchmarks/run.sh).
//
// Each benchmark is one subcommand with its own options.

#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif
import MadoguchiSim

struct UsageError: Error {
    let message: String
}

let usage = """
    usage: madoguchi-bench <benchmark> [options]

    benchmarks:
      mm3 [--customers N] [--runs K] [--seed S]
          M/M/3 at utilization 0.9 (λ = 2.7/s, μ = 1/s) until about N customers have
          arrived (default 5000000), K times (default 5); prints customers per second.
      clinic [--patients N] [--runs K] [--seed S]
          The full clinic model (built-in default scenario: every path and fault, plus a
          network outage and a broken reader) kept open until about N patients have come
          (default 2000000), K times (default 5); prints patients per second and peak memory.
      lab [--replications N] [--runs K] [--seed S] [--threads T]
          N replications of monday-rush (default 1000) on every core, unrecorded and
          recorded into SQLite, K times (default 5); prints both times, their ratio and
          patient records inserted per second.
      render [--frames N] [--width W] [--height H] [--hours H] [--seed S]
          Renders the desk view of monday-rush at a busy time into a W×H cell buffer
          (default 200×60) N times; prints the median and 99th percentile per frame.
      scenarios [--loads N] [--runs K]
          Every built-in scenario, read over the defaults as `run` reads it, N times
          (default 1000), K times (default 5); prints the median time and loads per second.
      refusals [--runs K] [--megabytes M]
          How long refusing takes: a scenario with 10,000 unknown keys, and M MB
          (default 10) of several hostile shapes as `run FILE` reads them and through the
          TOML reader with its size limit raised; median of K runs (default 5) each.
    """

/// Options as `--name value` pairs, each at most once, each value a positive integer.
struct Options {
    private var values: [String: Int] = [:]

    init(_ arguments: ArraySlice<String>, allowed: Set<String>) throws {
        var rest = arguments[...]
        while let name = rest.popFirst() {
            guard name.hasPrefix("--"), allowed.contains(String(name.dropFirst(2))) else {
                let known = allowed.sorted().map { "--\($0)" }.joined(separator: ", ")
                throw UsageError(message: "unknown option '\(name)'; expected one of \(known)")
            }
            let key = String(name.dropFirst(2))
            guard values[key] == nil else { throw UsageError(message: "option '\(name)' given twice") }
            guard let text = rest.popFirst() else { throw UsageError(message: "option '\(name)' needs a value") }
            guard let value = Int(text.replacingUnderscores()), value > 0 else {
                throw UsageError(message: "option '\(name)' expects a positive integer, got '\(text)'")
            }
            values[key] = value
        }
    }

    func value(_ name: String, default fallback: Int) -> Int { values[name] ?? fallback }
}

extension String {
    /// Lets `--customers 5_000_000` read like the Swift literal.
    func replacingUnderscores() -> String { String(filter { $0 != "_" }) }
}

func monotonicSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
}

/// CPU time of this process: on a machine others share, the figure that load does not inflate.
func cpuSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
}

/// Peak resident memory of this process (VmHWM), in kibibytes, or nil if unreadable.
func peakMemoryKiB() -> Int? {
    guard let file = fopen("/proc/self/status", "r") else { return nil }
    defer { fclose(file) }
    var line = [CChar](repeating: 0, count: 256)
    while fgets(&line, Int32(line.count), file) != nil {
        let text = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if text.hasPrefix("VmHWM:") {
            return Int(text.dropFirst(6).split(whereSeparator: { $0 == " " || $0 == "\t" }).first ?? "")
        }
    }
    return nil
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    let mid = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

func format(_ value: Double) -> String {
    String(Int(value.rounded()))
}

func printError(_ text: String) {
    var bytes = Array(text.utf8)
    _ = write(2, &bytes, bytes.count)
}

// MARK: - mm3

/// The M/M/3 queue at ρ = 0.9 through the reference model, nothing recorded but counters.
func benchmarkMM3(_ arguments: ArraySlice<String>) throws {
    let options = try Options(arguments, allowed: ["customers", "runs", "seed"])
    let customers = options.value("customers", default: 5_000_000)
    let runs = options.value("runs", default: 5)
    let seed = UInt64(options.value("seed", default: 1))
    let lambda = 2.7, mu = 1.0, servers = 3
    let configuration = MultiServerQueue.Configuration(
        interarrival: .exponential(mean: 1 / lambda), service: .exponential(mean: 1 / mu),
        servers: servers, horizon: Double(customers) / lambda)

    print("mm3: M/M/\(servers), λ = \(lambda)/s, μ = \(mu)/s, ρ = \(lambda / (Double(servers) * mu)), about \(customers) customers, \(runs) runs")
    var rates: [Double] = []
    var served = 0
    var meanWait = 0.0
    for run in 0..<runs {
        var sim = MultiServerQueue.simulator(configuration, seed: seed, replication: run)
        let start = monotonicSeconds()
        sim.runToCompletion()
        let elapsed = monotonicSeconds() - start
        let customersServed = sim.model.statistics.served
        let rate = Double(customersServed) / elapsed
        rates.append(rate)
        served += customersServed
        meanWait = sim.model.statistics.wait.mean
        print("  run \(run + 1): \(customersServed) customers, \(sim.eventsHandled) events in \(String(elapsed)) s: \(format(rate)) customers/s; mean wait \(meanWait) s")
    }
    let peak = peakMemoryKiB().map(String.init) ?? "unknown"
    // served: over all runs; mean_wait: of the last run, which run.sh checks against C's.
    print("mm3 madoguchi customers_per_sec=\(format(median(rates))) runs=\(runs) customers=\(customers) served=\(served) mean_wait=\(meanWait) peak_rss_kib=\(peak)")
}

// MARK: - main

let arguments = CommandLine.arguments.dropFirst()
do {
    switch arguments.first {
    case "mm3":
        try benchmarkMM3(arguments.dropFirst())
    case "clinic":
        try benchmarkClinic(arguments.dropFirst())
    case "lab":
        try benchmarkLab(arguments.dropFirst())
    case "render":
        try benchmarkRender(arguments.dropFirst())
    case "scenarios":
        try benchmarkScenarios(arguments.dropFirst())
    case "refusals":
        try benchmarkRefusals(arguments.dropFirst())
    case "-h", "--help", "help":
        print(usage)
    case nil:
        throw UsageError(message: "no benchmark given")
    case let other?:
        throw UsageError(message: "unknown benchmark '\(other)'; expected 'mm3', 'clinic', 'lab', 'render', 'scenarios' or 'refusals'")
    }
} catch let error as UsageError {
    printError("madoguchi-bench: \(error.message)\n\n\(usage)\n")
    exit(2)
}
