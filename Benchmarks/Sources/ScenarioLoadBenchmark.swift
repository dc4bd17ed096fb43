import MadoguchiClinic

// MARK: - scenarios

/// Reading scenario files: every built-in scenario (each over the defaults, as `run` reads
/// them) loaded N times per run, K runs; prints the median time per round of loads and
/// loads per second. Guards the hand-written TOML reader against being slower than the
/// toml++ parser it replaced.
func benchmarkScenarios(_ arguments: ArraySlice<String>) throws {
    let options = try Options(arguments, allowed: ["loads", "runs"])
    let loads = options.value("loads", default: 1_000)
    let runs = options.value("runs", default: 5)
    let names = ScenarioLoader.builtinNames
    var times: [Double] = []
    for run in 0..<runs {
        var titles = 0
        let start = monotonicSeconds()
        for _ in 0..<loads {
            for name in names {
                do {
                    titles &+= try ScenarioLoader.load(nameOrPath: name).title.utf8.count
                } catch {
                    throw UsageError(message: error.description)
                }
            }
        }
        let elapsed = monotonicSeconds() - start
        times.append(elapsed)
        print("  run \(run + 1): \(loads) × \(names.count) scenarios in \(String(elapsed)) s (\(titles) title bytes)")
    }
    let per = median(times)
    let rate = Double(loads * names.count) / per
    print("scenarios madoguchi seconds_median=\(String(per)) loads_per_sec=\(format(rate)) loads=\(loads) scenarios=\(names.count) runs=\(runs)")
}
