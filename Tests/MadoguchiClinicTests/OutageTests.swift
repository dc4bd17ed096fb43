import MadoguchiTestSupport
import Testing
@testable import MadoguchiClinic

/// Outages in the clinic model, checked patient by patient from records and the event log.
@Suite struct OutageTests {
    /// The visits each reader gave: patient, reader, start and end.
    static func readerVisits(_ records: [PatientRecord], _ log: [TimedClinicEvent]) -> [(patient: Int, reader: Int, start: Double, end: Double)] {
        let byID = Dictionary(uniqueKeysWithValues: records.map { ($0.id, $0) })
        return log.compactMap { entry in
            guard case .readerStarted(let patient, let reader) = entry.event, let record = byID[patient] else { return nil }
            return (patient, reader, entry.time, record.readerEnd ?? .infinity)
        }
    }

    /// reader-outage: reader 1 (index 0) is broken from opening to 10:30. No patient uses
    /// it then, while reader 2 keeps working.
    @Test(arguments: 0..<3) func aReaderBrokenFromOpeningServesNoOneInItsOutage(replication: Int) throws {
        let scenario = try ScenarioLoader.load(nameOrPath: "reader-outage")
        let outage = try #require(scenario.outages.first { $0.kind == .reader(0) })
        let from = scenario.simulatedTime(outage.from), to = scenario.simulatedTime(outage.to)
        #expect(from == 0)
        let (_, records, log) = ClinicRunRecorder.run(scenario, seed: 1, replication: replication)
        let visits = Self.readerVisits(records, log)
        let broken = visits.filter { $0.reader == 0 }
        #expect(visits.contains { $0.reader == 1 && $0.start < to }, "reader 2 works meanwhile")
        #expect(broken.contains { $0.start >= to }, "reader 1 works again after \(outage.to)")
        #expect(broken.allSatisfy { $0.start >= to }, "\(broken.filter { $0.start < to })")
    }

    /// A reader breaking in mid-morning: nobody starts at it until it is mended. A patient
    /// already using it when it breaks finishes there (ServerPool keeps a broken server's
    /// customer), the only kind of visit that reaches into the outage.
    @Test func aReaderBrokenMidMorningTakesNoNewPatient() {
        let outage = Outage(kind: .reader(0), from: ClockTime("09:00")!, to: ClockTime("10:00")!)
        let scenario = TestScenario.make(desks: 3, readers: 2, perHour: 80, mix: [(.mynaCard, 0.8), (.legacyCard, 0.2)],
                                         outages: [outage])
        let from = scenario.simulatedTime(outage.from), to = scenario.simulatedTime(outage.to)
        var visits: [(patient: Int, reader: Int, start: Double, end: Double)] = []
        for seed: UInt64 in 1...10 {
            let (_, records, log) = ClinicRunRecorder.run(scenario, seed: seed)
            visits += Self.readerVisits(records, log)
        }
        let atBroken = visits.filter { $0.reader == 0 }
        #expect(atBroken.count > 500 && atBroken.contains { $0.start >= to })
        #expect(!atBroken.contains { $0.start >= from && $0.start < to }, "started at reader 1 while it was broken")
        #expect(atBroken.filter { $0.start < from && $0.end > from }.allSatisfy { $0.start < from })
    }

    /// A set-up where each patient's online check has a known moment: card and phone
    /// patients meet no fault at the reader, so their check is the end of their reader
    /// visit (a failed connection, here instant, ends it when the line is found down);
    /// certificates are queried by number right after registration, whose steps here take
    /// fixed times, and answered 20 s later, a query in flight when the line goes down being
    /// lost as one sent while it is down (`afterOnlineByNumber`). The 29-minute outage of
    /// 13 Feb 2025 must strike exactly the patients whose check falls inside it.
    @Test func aNetworkOutageStrikesExactlyThePatientsCheckedDuringIt() {
        var faults = TestScenario.noFaults
        faults[.unrenderableName] = 0.1
        let outage = Outage(kind: .network, from: ClockTime("09:10")!, to: ClockTime("09:39")!)
        var scenario = TestScenario.make(desks: 3, readers: 2, perHour: 60, hours: 3,
                                         mix: [(.mynaCard, 0.5), (.mynaPhone, 0.2), (.certificate, 0.3)],
                                         faults: faults, outages: [outage])
        scenario.times.registration = .deterministic(60)
        scenario.times.firstVisitPaperwork = .deterministic(240)
        scenario.times.credentialCheck = .deterministic(30)
        scenario.times.onlineByNumber = .deterministic(20)
        scenario.times.failedAttempt = .deterministic(0)
        let from = scenario.simulatedTime(outage.from), to = scenario.simulatedTime(outage.to)

        var inside = 0, outside = 0, wrong: [String] = []
        for seed: UInt64 in 1...5 {
            for record in ClinicRunRecorder.run(scenario, seed: seed).records {
                let check: Double, during: Bool
                if record.path.usesReader {
                    check = record.readerEnd!
                    during = check >= from && check < to
                } else {
                    check = record.serviceStart! + (60 + (record.visit == .first ? 240 : 0) + 30)
                    during = check + 20 >= from && check < to
                }
                if during { inside += 1 } else { outside += 1 }
                if record.faults.contains(.outage) != during {
                    wrong.append("seed \(seed) patient \(record.id) \(record.path) checked at \(check): \(record.faults.faults)")
                }
            }
        }
        #expect(inside > 20 && outside > 200, "inside \(inside), outside \(outside)")
        #expect(wrong.isEmpty, "\(wrong.prefix(10))")
    }

    /// With everything on (every fault, impatient patients, a broken reader and the line
    /// down), seen from the event log: no online result arrives while the line is down, and
    /// the outage strikes no one while it is up. A reader's failed connection is struck when
    /// its failed attempt ends, which may be after the line is back: the attempt began while
    /// it was down.
    @Test(arguments: 0..<3) func noOnlineResultWhileTheLineIsDown(replication: Int) throws {
        let scenario = try ScenarioLoader.load(nameOrPath: "reader-outage")
        let windows = scenario.outages.filter { $0.kind == .network }
            .map { scenario.simulatedTime($0.from)..<scenario.simulatedTime($0.to) }
        #expect(windows.count == 1)
        let (_, _, log) = ClinicRunRecorder.run(scenario, seed: 1, replication: replication)
        var results = 0, struck = 0
        var failedConnections: [Int: (began: Double, ends: Double)] = [:]
        for entry in log {
            let down = windows.contains { $0.contains(entry.time) }
            switch entry.event {
            case .step(let patient, .connectionFailed, let ends):
                failedConnections[patient] = (entry.time, ends)
            case .onlineResult:
                results += 1
                #expect(!down, "an online result at \(entry.time) while the line is down")
            case .fault(let patient, .outage):
                struck += 1
                let attempt = failedConnections[patient].flatMap { $0.ends == entry.time ? $0.began : nil }
                let met = attempt ?? entry.time
                #expect(windows.contains { $0.contains(met) }, "the outage struck at \(entry.time), met at \(met), while the line is up")
            default:
                break
            }
        }
        #expect(results > 50 && struck > 5, "results \(results), struck \(struck)")
    }
}
