import MadoguchiClinic

/// A scenario as the JSON of sweeps and comparisons names it: where it came from and its title.
public struct ScenarioName: Encodable, Sendable {
    public var origin: String
    public var title: String

    public init(_ scenario: Scenario) {
        origin = scenario.origin
        title = scenario.title
    }
}
