import MadoguchiSim
import MadoguchiTestSupport

/// Designs and runs independent replications of the reference queue for steady-state tests.
enum Replications {
    static var count: Int { StatisticalDesign.replications }

    /// Customers needed across all replications for an interval (at the suite's per-check
    /// level, StatisticalDesign) whose half-width is `relativeHalfWidth` of the mean, given
    /// the asymptotic variance of the mean wait per customer relative to the squared mean
    /// (`relativeVariance`).
    static func customers(relativeVariance: Double, relativeHalfWidth: Double) -> Double {
        let t = StatisticalDesign.criticalValue(count: count)
        return t * t * relativeVariance / (relativeHalfWidth * relativeHalfWidth)
    }

    /// Morse's relaxation time of an M/M/c queue, 1 / (cμ(1 − √ρ)²): the initial (empty)
    /// state's influence decays roughly like exp(−t/τ), so ten τ of warm-up leaves a bias
    /// far below the intervals' half-widths.
    static func relaxationTime(servers c: Int, serviceRate mu: Double, utilization rho: Double) -> Double {
        1 / (Double(c) * mu * (1 - rho.squareRoot()) * (1 - rho.squareRoot()))
    }

    /// Runs `count` replications to completion and returns each one's statistics.
    static func run(_ configuration: MultiServerQueue.Configuration, count: Int = count,
                    seed: UInt64) -> [MultiServerQueue.Statistics] {
        (0..<count).map { replication in
            var sim = MultiServerQueue.simulator(configuration, seed: seed, replication: replication)
            sim.runToCompletion()
            return sim.model.statistics
        }
    }
}
