import Foundation
import MadoguchiClinic
import MadoguchiSim

// MARK: - refusals

/// How long a hostile or mistyped file takes to be refused: a scenario with 10,000 unknown
/// keys (goal: under 1 s; the old reader rescanned the file for each key's line), and
/// inputs of up to 10 MB of several shapes (goal: under 2 s each). Each shape is timed
/// three ways: as a 10 MB file that `run FILE` reads from disk (refused by the 1 MiB size
/// limit), cut to the largest size `run` reads (1 MiB, so every byte goes through the TOML
/// reader and the scenario's checks), and as 10 MB through the TOML reader with the limit
/// raised above it, so the reader's own speed on 10 MB is known too. Median of K runs each,
/// wall-clock and CPU time.
func benchmarkRefusals(_ arguments: ArraySlice<String>) throws {
    let options = try Options(arguments, allowed: ["runs", "megabytes"])
    let runs = options.value("runs", default: 5)
    let size = options.value("megabytes", default: 10) * 1_000_000

    /// Times `body`, which says whether the input was refused (a file of comments alone,
    /// say, is read).
    func time(_ name: String, _ body: () -> Bool) {
        var times: [Double] = [], cpu: [Double] = []
        var refused = true
        for _ in 0..<runs {
            let start = monotonicSeconds(), startCPU = cpuSeconds()
            refused = body()
            times.append(monotonicSeconds() - start)
            cpu.append(cpuSeconds() - startCPU)
        }
        print("refusals \(name) refused=\(refused) seconds_median=\(String(median(times))) seconds_max=\(String(times.max() ?? 0)) cpu_seconds_median=\(String(median(cpu)))")
    }

    let unknownKeys = "[staff]\n" + (0..<10_000).map { "unknown_key_\($0) = \($0)" }.joined(separator: "\n") + "\n"
    time("scenario_10000_unknown_keys_\(unknownKeys.utf8.count)_bytes") {
        (try? ScenarioLoader.parse(text: unknownKeys, origin: "unknown.toml")) == nil
    }
    let topLevel = (0..<10_000).map { "unknown_key_\($0) = \($0)" }.joined(separator: "\n") + "\n"
    time("scenario_10000_unknown_top_level_keys") {
        (try? ScenarioLoader.parse(text: topLevel, origin: "unknown.toml")) == nil
    }

    var random = SplitMix64(seed: 1)
    let shapes: [(String, [UInt8])] = [
        ("issue_10_abort", Array("[[[\nx = \n".utf8)), ("open_arrays", Array("a = [".utf8)),
        ("open_inline_tables", Array("a = {".utf8)), ("dotted_key", Array("k.".utf8)), ("open_string", Array("\"".utf8)),
        ("headers", Array("[t]\n".utf8)), ("comments", Array("# comment\n".utf8)),
    ]
    var inputs = shapes.map { name, unit in (name, Array(repeatElement(unit, count: size / unit.count).joined())) }
    inputs.append(("random_bytes", (0..<size).map { _ in UInt8(truncatingIfNeeded: random.next()) }))
    var keys: [UInt8] = []
    var i = 0
    while keys.count < size {
        keys += Array("key_\(i) = \(i)\n".utf8)
        i += 1
    }
    inputs.append(("distinct_unknown_keys", keys))

    let file = FileManager.default.temporaryDirectory.appendingPathComponent("madoguchi-refusal-\(getpid()).toml")
    defer { try? FileManager.default.removeItem(at: file) }
    let largest = ConfigLimits.standard.fileBytes
    let raised = ConfigLimits(fileBytes: 16 << 20, depth: ConfigLimits.standard.depth, stringBytes: 16 << 20)
    for (name, bytes) in inputs {
        try Data(bytes).write(to: file)
        time("run_file_10MB_\(name)") { (try? ScenarioLoader.load(nameOrPath: file.path)) == nil }
        let cut = bytes.prefix(largest)
        time("run_file_1MiB_\(name)") { (try? ScenarioLoader.parse(data: cut, origin: "big.toml")) == nil }
        time("toml_reader_10MB_\(name)") {
            guard let text = try? ConfigText.decode(bytes, origin: "big.toml", limits: raised) else { return true }
            guard let root = try? TOMLReader.parse(ConfigDocument(origin: "big.toml", text: text), limits: raised) else { return true }
            return (try? UnknownKeys.check(root, readKeys: ReadKeys())) == nil
        }
    }
}
