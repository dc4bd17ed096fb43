/// The largest scenario a run accepts, each far above any real clinic and far below what
/// would take the machine's memory or time: a hostile or mistyped file is refused with a
/// message before anything is allocated for it. docs/scenario-format.md lists them; the
/// file itself is bounded by `ConfigLimits.standard` (size, nesting, string length).
package enum ScenarioLimits {
    /// Reception staff and card readers: each is a server the model keeps state for.
    package static let desks = 1_000
    package static let readers = 1_000
    /// Runs of `madoguchi run` without `--replications`, as the option itself allows.
    package static let replications = 1_000_000
    /// `[[arrivals]]` windows and `[[outages]]`: each pair is checked against every other.
    package static let arrivalWindows = 1_000
    package static let outages = 1_000
    /// `[[script]]` patients of a lesson, each told when to come and what to bring.
    package static let scriptedPatients = 10_000
    /// Expected arrivals per replication: more is a typo (per_hour for per_minute, a
    /// closing hour too many), not a clinic.
    package static let patients = 20_000_000.0
}
