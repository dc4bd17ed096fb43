import MadoguchiSim

/// Mean and percentiles of one duration.
package struct DurationStats: Sendable {
    package var tally = Tally()
    package var histogram = DurationHistogram()

    package init() {}

    package init(tally: Tally, histogram: DurationHistogram) {
        self.tally = tally
        self.histogram = histogram
    }

    /// Inlined: the statistics add two or three durations for every patient.
    @inline(__always) package mutating func add(_ seconds: Double) {
        tally.add(seconds)
        histogram.record(seconds: seconds)
    }

    /// `add` after `makeUnique()`, with no copy of these stats made since (the model's own).
    @inline(__always) mutating func addInUnique(_ seconds: Double) {
        tally.add(seconds)
        histogram.recordInUnique(seconds: seconds)
    }

    mutating func makeUnique() { histogram.makeUnique() }
}

/// Counts and recovery times of one kind of fault.
package struct FaultStats: Sendable {
    package var count = 0
    package var recovery = DurationStats()
    package var outcomes = ClinicStatistics.PerOutcome<Int>(repeating: 0)
}

/// What one replication of a clinic day measured. Patients who arrived during the warm-up
/// count towards conservation (arrived, served, reneged) but not towards the statistics.
package struct ClinicStatistics: Sendable {
    package var arrived = 0
    package var served = 0
    package var reneged = 0

    /// Patients counted in the statistics below (arrived after the warm-up).
    package var counted = 0
    /// The waits before the desk of those who did not renege (`wait`), tallied as they come.
    package private(set) var waitTally = Tally()
    package var waitByPath = PerPath<DurationStats>(repeating: DurationStats())
    package var countByPath = PerPath<Int>(repeating: 0)
    package var timeAtReception = DurationStats()
    package var outcomes = PerOutcome<Int>(repeating: 0)
    package var faults = PerFault<FaultStats>(repeating: FaultStats())
    /// Online confirmations done with the My Number card (card or phone), and all online
    /// confirmations including those by insurer number: their ratio is MHLW's 利用率.
    package var mynaConfirmations = 0
    package var onlineConfirmations = 0
    package var decisions = 0
    package var decisionErrors = 0

    package var readerBusySeconds = 0.0
    package var readerAvailableSeconds = 0.0
    package var staffBusySeconds = 0.0
    package var staffAvailableSeconds = 0.0
    /// Simulated seconds from opening until the last patient left.
    package var duration = 0.0
    /// Where the statistics start: the warm-up's end, seconds from opening (`ClinicRun` sets it).
    package var observedFrom = 0.0
    /// Seconds spent queueing and seconds at reception, summed over the counted patients,
    /// served or not: each is the integral over the observed span of the number of them
    /// queueing (in the system), since every one of them arrived and left inside it.
    package var waitingSeconds = 0.0
    package var inSystemSeconds = 0.0

    /// Tables with one entry per case, indexed like `allCases`, stored inline: every patient
    /// writes to several of them, and each write to an array was a copy-on-write check (a
    /// call into the runtime) and a bounds check. An inline array's size must be a literal:
    /// CaseIndexedTests holds each to its enum's number of cases.
    package typealias PerPath<Value> = InlineArray<7, Value>
    package typealias PerOutcome<Value> = InlineArray<6, Value>
    package typealias PerFault<Value> = InlineArray<9, Value>

    package init() {}

    /// The waits before the desk of those who did not renege. Their histogram is not kept
    /// apart: it is the sum of the paths' ones, which count the same waits (merging buckets
    /// or exact values gives the very counts recording them does), so no wait is recorded
    /// twice. Merged when read, once a replication or once a frame.
    package var wait: DurationStats {
        var histogram = DurationHistogram()
        for i in waitByPath.indices { histogram.merge(waitByPath[i].histogram) }
        return DurationStats(tally: waitTally, histogram: histogram)
    }

    package var inSystem: Int { arrived - served - reneged }
    package var usageRate: Double { onlineConfirmations > 0 ? Double(mynaConfirmations) / Double(onlineConfirmations) : 0 }
    package var readerUtilization: Double { readerAvailableSeconds > 0 ? readerBusySeconds / readerAvailableSeconds : 0 }
    package var staffUtilization: Double { staffAvailableSeconds > 0 ? staffBusySeconds / staffAvailableSeconds : 0 }
    /// From the warm-up's end until the last patient left.
    package var observedSeconds: Double { max(0, duration - observedFrom) }

    package func count(_ outcome: Outcome) -> Int { outcomes[outcome.index] }
    package func stats(_ fault: Fault) -> FaultStats { faults[fault.index] }
    package func waitStats(_ path: CredentialPath) -> DurationStats { waitByPath[path.index] }

    /// Gives every histogram written by `add` counts of its own: the model calls it before
    /// each run of events (`willHandleEvents`), so that `add` need not check.
    mutating func makeUnique() {
        for i in waitByPath.indices { waitByPath[i].makeUnique() }
        timeAtReception.makeUnique()
        for i in faults.indices { faults[i].recovery.makeUnique() }
    }

    /// Inlined into `leave`, its one caller, so that a record no one keeps is never built
    /// in memory: only the fields read here are. The tables are indexed without a bounds
    /// check, as a case's index is below its enum's number of cases, each table's size
    /// (CaseIndexedTests), and counted without an overflow check, as no run comes near 2⁶³
    /// patients: the checks cost about 12 instructions a patient.
    @inline(__always) mutating func add(_ record: PatientRecord, waited: Double) {
        counted &+= 1
        let pathIndex = record.path.index
        let outcomeIndex = record.outcome.index
        countByPath[unchecked: pathIndex] &+= 1
        outcomes[unchecked: outcomeIndex] &+= 1
        waitingSeconds += waited
        inSystemSeconds += record.departure - record.arrival
        if record.outcome != .reneged {
            waitTally.add(waited)
            waitByPath[unchecked: pathIndex].addInUnique(waited)
            if let end = record.serviceEnd { timeAtReception.addInUnique(end - record.arrival) }
        }
        guard record.faults.rawValue != 0 else { return }
        let recovery = record.recoveryStart.flatMap { start in record.recoveryEnd.map { $0 - start } }
        for fault in Fault.allCases where record.faults.contains(fault) {
            let i = fault.index
            faults[unchecked: i].count &+= 1
            faults[unchecked: i].outcomes[unchecked: outcomeIndex] &+= 1
            if let recovery { faults[unchecked: i].recovery.addInUnique(recovery) }
        }
    }
}
