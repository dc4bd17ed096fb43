import MadoguchiClinic

/// A scenario as the JSON of sweeps and comparisons names it: where it came from and its title.
package struct ScenarioName: Encodable, Sendable {
    package var origin: String
    package var title: String

    package init(_ scenario: Scenario) {
        origin = scenario.origin
        title = scenario.title
    }
}
