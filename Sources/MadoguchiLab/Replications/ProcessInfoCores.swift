import Foundation

package enum ProcessInfoCores {
    /// Cores this process may use.
    package static var count: Int { ProcessInfo.processInfo.activeProcessorCount }
}
