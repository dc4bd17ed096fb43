#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif
import MadoguchiSim

/// One parameter of a fitted family, under the name the scenario format gives it, with the
/// standard error of its logarithm (every parameter is positive, and intervals on the log
/// scale stay positive and are closer to the estimate's sampling distribution).
package struct FittedParameter: Sendable, Equatable {
    package let name: String
    package let value: Double
    package let logStandardError: Double

    /// The Wald interval at `level` (0.95 for 95 %), value · exp(± z · se).
    package func interval(level: Double) -> ClosedRange<Double> {
        let z = normalQuantile(1 - (1 - level) / 2)
        return value * exp(-z * logStandardError)...value * exp(z * logStandardError)
    }
}
