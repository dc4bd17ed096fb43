import MadoguchiClinic

/// Busy time of the card readers and the desk staff over a session, from its events: a
/// reader from a patient starting at it until it is freed, a member of staff from starting
/// a task until free. As the lab defines it: busy time / (servers × time until the last
/// patient left).
struct SessionUtilization {
    private var readerSince: [Int: Double] = [:]
    private var staffSince: [Int: Double] = [:]
    private(set) var readerBusy = 0.0
    private(set) var staffBusy = 0.0
    private(set) var lastDeparture = 0.0
    private(set) var readersSeen = 0
    private(set) var staffSeen = 0

    mutating func apply(_ timed: TimedClinicEvent) {
        switch timed.event {
        case .readerStarted(_, let reader):
            if readerSince[reader] == nil { readerSince[reader] = timed.time }
            readersSeen = max(readersSeen, reader + 1)
        case .readerFreed(let reader):
            if let since = readerSince.removeValue(forKey: reader) { readerBusy += timed.time - since }
        case .staffStarted(let staff, _, _):
            if staffSince[staff] == nil { staffSince[staff] = timed.time }
            staffSeen = max(staffSeen, staff + 1)
        case .staffFree(let staff):
            if let since = staffSince.removeValue(forKey: staff) { staffBusy += timed.time - since }
        case .left:
            lastDeparture = timed.time
        default:
            break
        }
    }

    /// Readers' and desks' shares of time busy, given how many of each the clinic had.
    func shares(readers: Int, desks: Int) -> (readers: Double, desks: Double)? {
        guard lastDeparture > 0 else { return nil }
        return (readerBusy / (Double(max(1, readers)) * lastDeparture), staffBusy / (Double(max(1, desks)) * lastDeparture))
    }
}
