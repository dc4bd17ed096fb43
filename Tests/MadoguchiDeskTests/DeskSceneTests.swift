import MadoguchiClinic
import MadoguchiSim
import MadoguchiTestSupport
import MadoguchiTraining
import Testing
@testable import MadoguchiDesk

/// The desk draws only from the scene folded from events. After every event the scene must
/// say what the model itself holds: the queues, the readers, the staff, the statistics.
@Suite struct DeskSceneTests {
    static let scenario: Scenario = {
        var faults = TestScenario.allFaults
        faults[.needsHelp] = 0.2
        faults[.faceMismatch] = 0.2
        faults[.pinLock] = 0.3
        return TestScenario.make(desks: 2, readers: 2, perHour: 50, hours: 3, faults: faults,
                                 patience: .lognormal(median: 1500, p90: 3600),
                                 outages: [Outage(kind: .network, from: ClockTime("09:10")!, to: ClockTime("09:40")!),
                                           Outage(kind: .reader(0), from: ClockTime("08:40")!, to: ClockTime("10:00")!),
                                           Outage(kind: .reader(1), from: ClockTime("09:00")!, to: ClockTime("09:20")!)])
    }()

    @Test func theSceneFollowsTheModelEventByEvent() {
        var sim = ClinicModel.simulator(scenario: Self.scenario, policy: TrainingPolicy(), seed: 3, replication: 0)
        sim.model.log = []
        var scene = DeskScene(Self.scenario)
        var checks = 0
        var kinds: Set<Situation.Kind> = []
        while !sim.model.isDayOver, sim.step() {
            for event in sim.model.log! {
                scene.apply(event)
                if case .decided(_, let decision, _, _) = event.event { kinds.insert(decision.situation.kind) }
            }
            sim.model.log = []
            let model = sim.model
            #expect(scene.readerQueue == model.readerQueue.map(\.id))
            #expect(scene.deskQueue == model.deskQueue.map(\.id))
            for (r, reader) in model.readers.enumerated() {
                #expect(scene.readers[r].working == reader.working)
                #expect(scene.readers[r].visualMode == reader.visualMode)
                #expect(scene.readers[r].patient == (reader.patient >= 0 ? model.patients[reader.patient].id : nil))
            }
            for (s, member) in model.staff.enumerated() {
                #expect((scene.staff[s].activity == nil) == (member.task == nil), "staff \(s) at \(sim.now)")
            }
            for patient in model.patients where patient.phase != .done {
                #expect(scene.patients[patient.id]?.step == patient.step, "patient \(patient.id) at \(sim.now)")
                #expect(abs(scene.patients[patient.id]!.waitSoFar(at: sim.now) - patient.waitSoFar(at: sim.now)) < 1e-9)
            }
            #expect(scene.patients.count == model.statistics.inSystem)
            let (sceneReaders, sceneStaff) = scene.utilization(at: sim.now)
            let (modelReaders, modelStaff) = model.utilization(at: sim.now)
            #expect(abs(sceneReaders - modelReaders) < 1e-9 && abs(sceneStaff - modelStaff) < 1e-9)
            #expect(scene.arrived == model.statistics.arrived)
            #expect(scene.served == model.statistics.served)
            #expect(scene.onlineConfirmations == model.statistics.onlineConfirmations)
            #expect(scene.mynaConfirmations == model.statistics.mynaConfirmations)
            #expect(scene.wait.tally.count == model.statistics.wait.tally.count)
            #expect(scene.wait.tally.mean == model.statistics.wait.tally.mean)
            checks += 1
        }
        #expect(checks > 500)
        #expect(kinds == Set(Situation.Kind.allCases), "every kind of question came up: \(kinds)")
        #expect(Fault.allCases.contains { sim.model.statistics.stats($0).count > 0 })
        #expect(scene.patients.isEmpty)
    }
}
