import Foundation
import MadoguchiClinic
import Testing
@testable import MadoguchiLab

/// Little's law on runs of `madoguchi run`: the JSON's time-average numbers at reception (L)
/// and queueing (L_q) are the areas under those numbers, as the event log draws them, over
/// the observed span; and L = λ·W, L_q = λ·W_q with the JSON's own λ, W and W_q.
///
/// The tolerance is a relative 1e-9, argued rather than tuned. Both sides are exact on the
/// sample path: the span starts and ends with none of the counted patients present, so the
/// area under the number present equals the sum of their times present (Little's law on a
/// finite horizon), and both sides add the same few hundred to few thousand terms of at most
/// about 10⁵ s in doubles. Their rounding is below n·ε ≈ 10⁴ × 1.1·10⁻¹⁶ ≈ 10⁻¹² relative,
/// and a departure rebuilt from a record's wait (a patient who gave up) is off by a few units
/// in the last place. Any real error is far larger: one patient's stay misplaced by one
/// second moves an area of about 10⁵–10⁶ patient-seconds by at least 10⁻⁶ relative.
@Suite struct LittlesLawTests {
    static let tolerance = 1e-9

    static func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= tolerance * max(abs(a), abs(b)) }

    /// From the event log alone: the areas under the number of counted patients present
    /// (from `arrived` to `left`) and queueing (from `queued` until starting at the reader or
    /// the desk, or leaving; a move from one queue to the other does not interrupt it), and
    /// the last departure.
    static func areas(_ log: [TimedClinicEvent], warmup: Double) -> (inSystem: Double, waiting: Double, counted: Int, end: Double) {
        var counted: Set<Int> = [], present: Set<Int> = [], queueing: Set<Int> = []
        var inSystem = 0.0, waiting = 0.0, last = warmup, end = 0.0
        for entry in log {
            if entry.time > last {
                inSystem += Double(present.count) * (entry.time - last)
                waiting += Double(queueing.count) * (entry.time - last)
                last = entry.time
            }
            switch entry.event {
            case .arrived(let facts) where facts.arrival >= warmup:
                counted.insert(facts.patient)
                present.insert(facts.patient)
            case .queued(let patient, _) where counted.contains(patient):
                queueing.insert(patient)
            case .readerStarted(let patient, _), .deskStarted(let patient, _):
                queueing.remove(patient)
            case .left(let record):
                present.remove(record.id)
                queueing.remove(record.id)
                end = entry.time
            default:
                break
            }
        }
        #expect(present.isEmpty && queueing.isEmpty, "everyone counted has left by the end of the log")
        return (inSystem, waiting, counted.count, end)
    }

    @Test(arguments: [("monday-rush", UInt64(4)), ("reader-outage", UInt64(4)), ("steady-state", UInt64(2))])
    func theTimeAveragesAreTheAreasAndLittlesLawHolds(scenario name: String, seed: UInt64) throws {
        let dir = temporaryDirectory()
        let result = try LabBinary.run(["run", name, "--seed", "\(seed)", "--replications", "1", "--format", "json", "--quiet"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONDecoder().decode(JSONValue.self, from: Data(result.stdout.utf8))
        func value(_ key: String) throws -> Double { try #require(json["queueing"]?[key]?["mean"]?.number, "\(key)") }
        let (l, lq, lambda) = (try value("number_in_system"), try value("number_waiting"), try value("arrival_rate_per_second"))
        let (w, wq, span) = (try value("time_in_system_mean_seconds"), try value("wait_mean_seconds"), try value("observed_seconds"))

        let scenario = try ScenarioLoader.load(nameOrPath: name)
        var sim = ClinicModel.simulator(scenario: scenario, policy: Autopilot(), seed: seed, replication: 0)
        sim.model.log = []
        sim.model.records = []
        while !sim.model.isDayOver, sim.step() {}
        let records = sim.model.records!
        let areas = Self.areas(sim.model.log!, warmup: scenario.warmup)
        #expect(areas.counted > 100)
        #expect(Double(areas.counted) == json["patients"]?["arrived"]?["mean"]?.number)
        #expect(span == areas.end - scenario.warmup)
        #expect(span == (json["closed_at_seconds"]?["mean"]?.number ?? 0) - scenario.warmup)
        // The case the law is about: some patients gave up while queueing, and their stay
        // and wait count up to the moment they left.
        if name == "monday-rush" { #expect(records.contains { $0.reneged && $0.recoveryEnd == nil && $0.arrival >= scenario.warmup }) }
        if name == "steady-state" { #expect(scenario.warmup > 0) }

        #expect(Self.close(l * span, areas.inSystem), "L·T \(l * span) against the area \(areas.inSystem)")
        #expect(Self.close(lq * span, areas.waiting), "Lq·T \(lq * span) against the area \(areas.waiting)")
        #expect(Self.close(l, lambda * w), "L \(l) against λ·W \(lambda * w)")
        #expect(Self.close(lq, lambda * wq), "Lq \(lq) against λ·Wq \(lambda * wq)")
        #expect(lq > 0 && lq < l)
    }

    /// Every record's departure is the time its patient left, as the event log has it: kept
    /// for those who were served or recovering, rebuilt from the wait for those who gave up.
    @Test func aRecordsDepartureIsWhenThePatientLeft() throws {
        let scenario = try ScenarioLoader.load(nameOrPath: "monday-rush")
        var sim = ClinicModel.simulator(scenario: scenario, policy: Autopilot(), seed: 4, replication: 0)
        sim.model.log = []
        while !sim.model.isDayOver, sim.step() {}
        var rebuilt = 0
        for entry in sim.model.log! {
            guard case .left(let record) = entry.event else { continue }
            if record.serviceEnd == nil && record.recoveryEnd == nil { rebuilt += 1 }
            #expect(Self.close(record.departure, entry.time), "patient \(record.id): \(record.departure) against \(entry.time)")
        }
        #expect(rebuilt > 10, "patients who gave up without a fault: \(rebuilt)")
    }
}
