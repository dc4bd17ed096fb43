import MadoguchiSim

/// The chances `makePatient` draws for every arriving patient, prepared once for the run
/// (`Chance`) and kept flat.
struct ArrivalChances: Sendable {
    let firstVisit: Chance
    let faults: FaultChances
    let pinKnown: Chance
    let backup: Chance
    let refusesEverything: Chance
    let certificateRenewed: Chance

    init(_ scenario: Scenario) {
        firstVisit = Chance(scenario.firstVisitShare)
        faults = FaultChances(Fault.perVisit.map { (FaultSet($0), scenario.faults[$0]) })
        pinKnown = Chance(scenario.patients.pinKnown)
        backup = Chance(scenario.patients.backupCredential)
        refusesEverything = Chance(scenario.patients.refusesEverything)
        certificateRenewed = Chance(scenario.patients.certificateRenewed)
    }
}
