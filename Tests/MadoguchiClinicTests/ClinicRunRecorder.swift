import MadoguchiTestSupport
@testable import MadoguchiClinic

/// One replication under the autopilot with everything kept: statistics, records in the
/// order patients left, and the event log.
enum ClinicRunRecorder {
    static func run(_ scenario: Scenario, seed: UInt64, replication: Int = 0)
        -> (statistics: ClinicStatistics, records: [PatientRecord], log: [TimedClinicEvent]) {
        var sim = ClinicModel.simulator(scenario: scenario, policy: Autopilot(), seed: seed, replication: replication)
        sim.model.records = []
        sim.model.log = []
        ClinicRun.run(&sim)
        return (sim.model.statistics, sim.model.records!, sim.model.log!)
    }
}
