import Foundation
import MadoguchiClinic
import MadoguchiLab

// MARK: - lab

/// The lab's three speed goals on the built-in monday-rush scenario, on every core:
/// R replications unrecorded (goal: 1,000 in under 1 s on 2 cores), the same recorded with
/// every patient into a fresh SQLite file (goal: under 2× the unrecorded time), and patient
/// records per second into SQLite, timing the inserts alone (goal: at least 200,000/s).
/// Each figure is the median of K runs.
func benchmarkLab(_ arguments: ArraySlice<String>) throws {
    let options = try Options(arguments, allowed: ["replications", "runs", "seed", "threads"])
    let replications = options.value("replications", default: 1_000)
    let runs = options.value("runs", default: 5)
    let seed = UInt64(options.value("seed", default: 1))
    let threads = options.value("threads", default: ProcessInfoCores.count)
    let scenario: Scenario
    do { scenario = try ScenarioLoader.load(nameOrPath: "monday-rush") } catch { throw UsageError(message: error.description) }
    let directory = NSTemporaryDirectory() + "madoguchi-bench-lab-\(getpid())"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let info = RunInfo(scenario: scenario, programVersion: "bench", seed: seed, replications: replications, threads: threads)
    print("lab: monday-rush, \(replications) replications on \(threads) threads, \(runs) runs")

    var plain: [Double] = [], recorded: [Double] = [], insertRates: [Double] = []
    var patients = 0
    for run in 0..<runs {
        var start = monotonicSeconds()
        let result = try LabRun.run(scenario, info: info, recorder: nil)
        plain.append(monotonicSeconds() - start)
        patients = result.statistics.reduce(0) { $0 + $1.arrived }

        let path = directory + "/run\(run).sqlite"
        start = monotonicSeconds()
        let recorder = try RunRecorder.begin(info, in: Recording.openForWriting(path))
        _ = try LabRun.run(scenario, info: info, recorder: recorder)
        recorded.append(monotonicSeconds() - start)

        // Inserts alone: the records are made first, then written one replication per transaction.
        let made = (0..<min(replications, 200)).map { r in
            let (statistics, records) = ClinicRun.recorded(scenario, seed: seed, replication: r)
            return (ReplicationSummary(statistics), records)
        }
        let writer = try RunRecorder.begin(info, in: Recording.openForWriting(directory + "/insert\(run).sqlite"))
        start = monotonicSeconds()
        for (r, (summary, records)) in made.enumerated() { try writer.record(replication: r, summary: summary, patients: records) }
        insertRates.append(Double(made.reduce(0) { $0 + $1.1.count }) / (monotonicSeconds() - start))
        print("  run \(run + 1): unrecorded \(String(format: "%.3f", plain.last!)) s, recorded \(String(format: "%.3f", recorded.last!)) s, inserts \(format(insertRates.last!)) patients/s")
    }
    let ratio = median(recorded) / median(plain)
    print("lab madoguchi replications=\(replications) threads=\(threads) patients=\(patients) unrecorded_sec=\(String(format: "%.3f", median(plain))) recorded_sec=\(String(format: "%.3f", median(recorded))) recorded_ratio=\(String(format: "%.2f", ratio)) inserts_per_sec=\(format(median(insertRates)))")
}
