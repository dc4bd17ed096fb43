import MadoguchiSim

/// Headless replications with the autopilot, specialised here so that the engine's loop is
/// compiled for the concrete model.
package enum ClinicRun {
    package static func statistics(_ scenario: Scenario, seed: UInt64, replication: Int) -> ClinicStatistics {
        var sim = ClinicModel.simulator(scenario: scenario, policy: Autopilot(), seed: seed, replication: replication)
        run(&sim)
        return sim.model.statistics
    }

    /// The same run, keeping every patient's record.
    package static func recorded(_ scenario: Scenario, seed: UInt64, replication: Int) -> (ClinicStatistics, [PatientRecord]) {
        var sim = ClinicModel.simulator(scenario: scenario, policy: Autopilot(), seed: seed, replication: replication)
        sim.model.records = []
        run(&sim)
        return (sim.model.statistics, sim.model.records ?? [])
    }

    /// Until the last patient has left, then the books close.
    static func run(_ sim: inout Simulator<ClinicModel<Autopilot>>) {
        sim.model.statistics.observedFrom = sim.model.scenario.warmup
        sim.run(while: { !$0.isDayOver })
        sim.model.closeBooks()
    }
}
