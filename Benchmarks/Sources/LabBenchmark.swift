import Foundation
import MadoguchiClinic
import MadoguchiLab

// MARK: - lab

/// The lab's three speed goals on the built-in monday-rush scenario, on every core:
/// R replications unrecorded (goal: 1,000 in under 1 s on 2 cores), the same recorded with
/// every patient into a fresh SQLite file (goal: under 2× the unrecorded time), and patient
/// records per second into SQLite, timing the inserts alone (goal: at least 200,000/s). The
/// recorded run is also split into its parts, to show where its time goes.
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

    var plain: [Double] = [], recorded: [Double] = [], kept: [Double] = [], writing: [Double] = []
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

        // The recorded run in its two parts: simulating with every patient's record kept (on
        // every core, nothing written), then writing those records on SQLite's one writer.
        start = monotonicSeconds()
        let (made, _) = try Replicator.map(Array(0..<replications), threads: threads, stop: nil, progress: nil) { r in
            let (statistics, records) = ClinicRun.recorded(scenario, seed: seed, replication: r)
            return (ReplicationSummary(statistics), records.sorted { $0.id < $1.id })
        }
        kept.append(monotonicSeconds() - start)
        let writer = try RunRecorder.begin(info, in: Recording.openForWriting(directory + "/insert\(run).sqlite"))
        start = monotonicSeconds()
        for (r, item) in made.enumerated() { try writer.record(replication: r, summary: item!.0, patients: item!.1) }
        writing.append(monotonicSeconds() - start)
        print("  run \(run + 1): unrecorded \(seconds(plain.last!)) s, recorded \(seconds(recorded.last!)) s"
              + " = records kept \(seconds(kept.last!)) s + written \(seconds(writing.last!)) s (\(format(Double(patients) / writing.last!)) patients/s)")
    }
    let ratio = median(recorded) / median(plain)
    print("lab madoguchi replications=\(replications) threads=\(threads) patients=\(patients) unrecorded_sec=\(seconds(median(plain)))"
          + " recorded_sec=\(seconds(median(recorded))) recorded_ratio=\(String(format: "%.2f", ratio))"
          + " kept_sec=\(seconds(median(kept))) written_sec=\(seconds(median(writing))) inserts_per_sec=\(format(Double(patients) / median(writing)))")
}

private func seconds(_ value: Double) -> String { String(format: "%.3f", value) }
