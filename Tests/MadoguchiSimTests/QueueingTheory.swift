#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// Closed-form answers of queueing theory, the oracles the engine is judged against.
enum QueueingTheory {
    /// Erlang B: the probability that an arrival finds all `servers` busy in a loss system
    /// offered `load` = λ/μ erlangs. The recursion B(k) = a·B(k−1) / (k + a·B(k−1)) is stable.
    static func erlangB(servers: Int, load a: Double) -> Double {
        var b = 1.0
        for k in stride(from: 1, through: servers, by: 1) {
            b = a * b / (Double(k) + a * b)
        }
        return b
    }

    /// Erlang C: the probability that an arrival has to wait in an M/M/c queue, from Erlang B.
    static func erlangC(servers c: Int, load a: Double) -> Double {
        precondition(a < Double(c), "the queue is unstable")
        let b = erlangB(servers: c, load: a)
        let rho = a / Double(c)
        return b / (1 - rho * (1 - b))
    }

    /// Mean wait in queue of an M/M/c queue: Wq = C(c, a) / (cμ − λ).
    static func mmcMeanWait(arrivalRate lambda: Double, serviceRate mu: Double, servers c: Int) -> Double {
        erlangC(servers: c, load: lambda / mu) / (Double(c) * mu - lambda)
    }

    /// Pollaczek–Khinchine: mean wait in queue of an M/G/1 queue, Wq = λE[S²] / (2(1 − ρ)).
    static func mg1MeanWait(arrivalRate lambda: Double, serviceMean: Double, serviceSecondMoment: Double) -> Double {
        let rho = lambda * serviceMean
        precondition(rho < 1, "the queue is unstable")
        return lambda * serviceSecondMoment / (2 * (1 - rho))
    }
}
