import MadoguchiSim

/// How many patients queue for a card reader and for the desk at each moment of the day,
/// on a grid of `step` seconds: each replication's counts, averaged over replications with
/// a 95 % interval of the mean at each moment.
struct QueueProfile {
    enum Line: Int, CaseIterable { case reader, desk }

    let step: Double
    let points: Int
    /// Per line and grid point, the counts over replications.
    private(set) var tallies: [[Tally]]
    /// Patients who gave up queueing at a time the record does not hold; left out.
    private(set) var unknownEnds = 0
    /// Per line, +1 where a patient starts queueing and −1 where he stops, this replication.
    private var changes: [[Int]]

    /// A grid over [0, end] of at most about 600 points, at least a minute apart.
    init(end: Double) {
        let raw = max(60, end / 600)
        step = (raw / 60).rounded(.up) * 60
        let points = Int((max(end, step) / step).rounded(.up)) + 1
        self.points = points
        tallies = Line.allCases.map { _ in Array(repeating: Tally(), count: points) }
        changes = Line.allCases.map { _ in Array(repeating: 0, count: points + 1) }
    }

    /// The patient's time in each queue, as the record tells it.
    mutating func add(_ patient: ReportPatient) {
        for (line, interval) in [(Line.reader, patient.readerQueue), (.desk, patient.deskQueue)] {
            guard let interval else { continue }
            guard let end = interval.to else {
                unknownEnds += 1
                continue
            }
            add(line, from: interval.from, to: end)
        }
    }

    /// Someone queueing in `line` from `from` until just before `to`.
    mutating func add(_ line: Line, from: Double, to: Double) {
        // Grid point i (time i·step) is inside [from, to) when from ≤ i·step < to.
        let first = index(from), past = index(to)
        guard first < past else { return }
        changes[line.rawValue][first] += 1
        changes[line.rawValue][past] -= 1
    }

    private func index(_ time: Double) -> Int { min(points, max(0, Int((time / step).rounded(.up)))) }

    mutating func endReplication() {
        for line in Line.allCases {
            var count = 0
            for i in 0..<points {
                count += changes[line.rawValue][i]
                tallies[line.rawValue][i].add(Double(count))
            }
            changes[line.rawValue] = Array(repeating: 0, count: points + 1)
        }
    }

    var replications: Int { tallies[0][0].count }

    func mean(_ line: Line) -> [Double] { tallies[line.rawValue].map(\.mean) }

    func interval(_ line: Line) -> [ConfidenceInterval] { tallies[line.rawValue].map { ConfidenceInterval($0) } }
}
