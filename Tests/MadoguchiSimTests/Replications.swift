import MadoguchiSim

/// Designs and runs independent replications of the reference queue for steady-state tests.
enum Replications {
    /// The t quantile for 10 replications (9 degrees of freedom) at 95 %.
    static let t9 = 2.262

    /// Customers needed across all replications for a 95 % interval whose half-width is
    /// `relativeHalfWidth` of the mean, given the asymptotic variance of the mean wait per
    /// customer relative to the squared mean (`relativeVariance`).
    static func customers(relativeVariance: Double, relativeHalfWidth: Double) -> Double {
        t9 * t9 * relativeVariance / (relativeHalfWidth * relativeHalfWidth)
    }

    /// Morse's relaxation time of an M/M/c queue, 1 / (cμ(1 − √ρ)²): the initial (empty)
    /// state's influence decays roughly like exp(−t/τ), so ten τ of warm-up leaves a bias
    /// far below the intervals' half-widths.
    static func relaxationTime(servers c: Int, serviceRate mu: Double, utilization rho: Double) -> Double {
        1 / (Double(c) * mu * (1 - rho.squareRoot()) * (1 - rho.squareRoot()))
    }

    /// Runs `count` replications to completion and returns each one's statistics.
    static func run(_ configuration: MultiServerQueue.Configuration, count: Int = 10,
                    seed: UInt64) -> [MultiServerQueue.Statistics] {
        (0..<count).map { replication in
            var sim = MultiServerQueue.simulator(configuration, seed: seed, replication: replication)
            sim.runToCompletion()
            return sim.model.statistics
        }
    }
}
