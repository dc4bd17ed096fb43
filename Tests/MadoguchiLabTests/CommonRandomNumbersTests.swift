import Foundation
import GRDB
import MadoguchiClinic
import Testing
@testable import MadoguchiLab

/// Common random numbers across set-ups: with the same seed, one more desk or another fault
/// rate meets the very same patients, patient by patient.
@Suite struct CommonRandomNumbersTests {
    /// What a recording says of each patient before anything happens to him. Not the
    /// method: the recording keeps the one finally used (PIN after a failed face match),
    /// which depends on what happened at the reader; the drawn one is compared below.
    struct Arrival: Equatable {
        let replication: Int, patient: Int
        let arrival: Double
        let path: String, visit: String
    }

    static func arrivals(_ path: String) throws -> [Arrival] {
        try Recording.openForReading(path).read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM patients ORDER BY replication, patient_id").map {
                Arrival(replication: $0["replication"], patient: $0["patient_id"], arrival: $0["arrival"],
                        path: $0["path"], visit: $0["visit"])
            }
        }
    }

    /// monday-rush as shown by the program, then with 3 desks, then with 4× the reader error
    /// rate, each a scenario file run with seed 11 and recorded.
    @Test func everyPatientArrivesTheSameInEverySetUp() throws {
        let dir = temporaryDirectory()
        let base = try LabBinary.run(["scenarios", "--show", "monday-rush"], in: dir).stdout
        #expect(!base.contains("[staff]") && !base.contains("[faults]"), "the additions below must not repeat a table")
        let setUps = ["base": base, "desks": base + "\n[staff]\ndesks = 3\n", "faults": base + "\n[faults]\nreader_error = 0.2\n"]
        var recorded: [String: [Arrival]] = [:]
        for (name, text) in setUps {
            try text.write(toFile: dir + "/\(name).toml", atomically: true, encoding: .utf8)
            let run = try LabBinary.run(["run", "\(name).toml", "--seed", "11", "--replications", "3", "--record", "\(name).sqlite",
                                         "--quiet"], in: dir)
            #expect(run.status == 0, "\(name): \(run.stderr)")
            recorded[name] = try Self.arrivals(dir + "/\(name).sqlite")
        }
        let patients = try #require(recorded["base"])
        #expect(patients.count > 300 && Set(patients.map(\.replication)) == [0, 1, 2])
        #expect(recorded["desks"] == patients)
        #expect(recorded["faults"] == patients)
        // The set-ups did differ: the desks' waits and the faults met are not the same.
        for (name, column) in [("desks", "wait_mean"), ("faults", "fault_reader_error")] {
            let values = try [name, "base"].map { file in
                try Recording.openForReading(dir + "/\(file).sqlite").read { db in
                    try Double.fetchAll(db, sql: "SELECT \(column) FROM replications ORDER BY replication")
                }
            }
            #expect(values[0] != values[1], "\(name) changes \(column)")
        }
    }

    /// Each patient as he arrives: what he presents and his drawn faults, his fate (a
    /// recording keeps only the faults met, which depend on what happens to him).
    static func fates(_ scenario: Scenario, seed: UInt64, replication: Int) -> [Int: (facts: PatientFacts, fate: FaultSet)] {
        var sim = ClinicModel.simulator(scenario: scenario, policy: Autopilot(), seed: seed, replication: replication)
        sim.model.log = []
        var fates: [Int: (facts: PatientFacts, fate: FaultSet)] = [:]
        while !sim.model.isDayOver, sim.step() {
            for entry in sim.model.log! {
                guard case .arrived(let facts) = entry.event,
                      let patient = sim.model.patients.first(where: { $0.id == facts.patient }) else { continue }
                fates[facts.patient] = (facts, patient.fate)
            }
            sim.model.log = []
        }
        return fates
    }

    @Test func everyPatientDrawsTheSameFaults() throws {
        let base = try ScenarioLoader.load(nameOrPath: "monday-rush")
        let desks = try ScenarioLoader.load(nameOrPath: "monday-rush", overrides: [("staff.desks", "3")])
        let faults = try ScenarioLoader.load(nameOrPath: "monday-rush", overrides: [("faults.reader_error", "0.2")])
        #expect(desks.desks == base.desks + 1 && faults.faults[.readerError] > base.faults[.readerError])
        for replication in 0..<3 {
            let a = Self.fates(base, seed: 11, replication: replication)
            let b = Self.fates(desks, seed: 11, replication: replication)
            let c = Self.fates(faults, seed: 11, replication: replication)
            #expect(a.count > 100 && a.count == b.count && a.count == c.count)
            var more = 0
            for (id, patient) in a {
                let other = try #require(b[id]), raised = try #require(c[id])
                #expect(other.facts == patient.facts && other.fate == patient.fate, "patient \(id)")
                #expect(raised.facts == patient.facts, "patient \(id)")
                // A higher rate strikes everyone the lower one struck, and more; nothing else moves.
                let unchanged = patient.fate.subtracting([.readerError])
                #expect(raised.fate.subtracting([.readerError]) == unchanged, "patient \(id)")
                #expect(!patient.fate.contains(.readerError) || raised.fate.contains(.readerError), "patient \(id)")
                if raised.fate.contains(.readerError) && !patient.fate.contains(.readerError) { more += 1 }
            }
            #expect(more > 0, "the higher rate strikes someone new in replication \(replication)")
        }
    }
}
