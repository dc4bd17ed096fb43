import MadoguchiSim

/// The chances `makePatient` draws for every arriving patient, prepared once for the run
/// (`Chance`) and kept flat: the per-visit faults in the order their chances are drawn, which
/// fixes each patient's fate for a seed.
struct ArrivalChances: Sendable {
    let firstVisit: Chance
    let faults: [(fault: FaultSet, chance: Chance)]
    let pinKnown: Chance
    let backup: Chance
    let refusesEverything: Chance
    let certificateRenewed: Chance

    init(_ scenario: Scenario) {
        firstVisit = Chance(scenario.firstVisitShare)
        faults = Fault.perVisit.map { (FaultSet($0), Chance(scenario.faults[$0])) }
        pinKnown = Chance(scenario.patients.pinKnown)
        backup = Chance(scenario.patients.backupCredential)
        refusesEverything = Chance(scenario.patients.refusesEverything)
        certificateRenewed = Chance(scenario.patients.certificateRenewed)
    }
}
