import Foundation

public enum ProcessInfoCores {
    /// Cores this process may use.
    public static var count: Int { ProcessInfo.processInfo.activeProcessorCount }
}
