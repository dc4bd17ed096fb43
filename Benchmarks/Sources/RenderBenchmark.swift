import MadoguchiClinic
import MadoguchiDesk

// MARK: - render

/// The desk's two performance goals. Render: the median time to render one frame of the
/// desk at W×H (default 200×60) on the busy monday-rush scenario, over N frames (goal:
/// under 2 ms). Memory: the desk driven at maximum speed through H simulated hours of a
/// clinic kept open and busy, a frame rendered per update as the real loop does; peak
/// resident memory (VmHWM) after the first hour and at the end must stay flat.
func benchmarkRender(_ arguments: ArraySlice<String>) throws {
    let options = try Options(arguments, allowed: ["frames", "width", "height", "hours", "seed"])
    let frames = options.value("frames", default: 2_000)
    let width = options.value("width", default: 200)
    let height = options.value("height", default: 60)
    let hours = options.value("hours", default: 8)
    let seed = UInt64(options.value("seed", default: 1))
    let scenario: Scenario
    do { scenario = try ScenarioLoader.load(nameOrPath: "monday-rush") } catch { throw UsageError(message: error.description) }

    // Memory first, so the render phase's buffers do not set the peak it measures.
    var long = scenario
    let perHour = scenario.arrivals.map(\.perHour).max() ?? 60
    long.closing = ClockTime(seconds: scenario.opening.secondsSinceMidnight + Double(hours + 1) * 3600)
    long.arrivals = [ArrivalWindow(from: long.opening, to: long.closing, perHour: perHour)]
    var desk = DeskState(scenario: long, seed: seed, language: .ja,
                         speed: .maximum, width: 120, height: 40)
    var firstHour: Int?
    let start = monotonicSeconds()
    var updates = 0
    while desk.now < Double(hours) * 3600, !desk.dayOver {
        desk.update(.tick(wallSeconds: 0.001))
        _ = DeskView.render(desk)
        updates += 1
        if firstHour == nil, desk.now >= 3600 { firstHour = peakMemoryKiB() }
    }
    let elapsed = monotonicSeconds() - start
    let end = peakMemoryKiB()
    print("memory: \(hours) simulated hours at maximum speed, \(updates) updates and frames in \(String(elapsed)) s, "
        + "\(desk.scene.arrived) patients, log \(desk.log.count) lines")
    print("render madoguchi peak_rss_kib_after_1h=\(firstHour.map(String.init) ?? "unknown") "
        + "peak_rss_kib_after_\(hours)h=\(end.map(String.init) ?? "unknown")")

    var state = DeskState(scenario: scenario, seed: seed, language: .ja,
                          speed: .times(10), width: width, height: height)
    state.advance(by: 90 * 60)
    var times: [Double] = []
    var cells = 0
    for frame in 0..<frames {
        if frame % 10 == 0 { state.advance(by: 1) }
        if frame % 500 == 250 { state.language = state.language == .ja ? .en : .ja }
        let start = monotonicSeconds()
        let buffer = DeskView.render(state)
        times.append(monotonicSeconds() - start)
        cells &+= buffer.cells.count
    }
    let sorted = times.sorted()
    let p99 = sorted[min(sorted.count - 1, sorted.count * 99 / 100)]
    print("render: \(width)×\(height), monday-rush at 10:00 and on, \(frames) frames (\(cells) cells drawn)")
    print("render madoguchi frame_ms_median=\(String(median(times) * 1000)) frame_ms_p99=\(String(p99 * 1000)) width=\(width) height=\(height)")
}
