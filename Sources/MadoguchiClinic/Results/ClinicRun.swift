import MadoguchiSim

/// Headless replications with the autopilot, specialised here so that the engine's loop is
/// compiled for the concrete model.
public enum ClinicRun {
    public static func statistics(_ scenario: Scenario, seed: UInt64, replication: Int) -> ClinicStatistics {
        var sim = ClinicModel.simulator(scenario: scenario, policy: Autopilot(), seed: seed, replication: replication)
        sim.runToCompletion()
        sim.model.closeBooks()
        return sim.model.statistics
    }

    /// The same run, keeping every patient's record.
    public static func recorded(_ scenario: Scenario, seed: UInt64, replication: Int) -> (ClinicStatistics, [PatientRecord]) {
        var sim = ClinicModel.simulator(scenario: scenario, policy: Autopilot(), seed: seed, replication: replication)
        sim.model.records = []
        sim.runToCompletion()
        sim.model.closeBooks()
        return (sim.model.statistics, sim.model.records ?? [])
    }
}
