/// How many of a kind of server are busy, integrated over time: utilization from events.
package struct BusyClock: Sendable {
    private var count = 0
    private var area = 0.0
    private var last = 0.0

    package init() {}

    mutating func set(_ busy: Int, at now: Double) {
        area += Double(count) * (now - last)
        last = now
        count = busy
    }

    /// Server-seconds spent busy up to `now`.
    package func busyTime(at now: Double) -> Double { area + Double(count) * (now - last) }
}
