import MadoguchiClinic
import MadoguchiSim

/// Scenarios built in code, shared by the test suites, so model, lab and desk tests do not
/// depend on the file loader.
package enum TestScenario {
    package static func make(
        date: CalendarDate = CalendarDate(year: 2025, month: 10, day: 15),
        desks: Int = 2, readers: Int = 2, perHour: Double = 40, hours: Double = 4,
        mix: [(CredentialPath, Double)] = [(.mynaCard, 0.4), (.mynaPhone, 0.1), (.legacyCard, 0.3), (.certificate, 0.15), (.none, 0.05)],
        faults: FaultRates = allFaults, patience: Distribution? = nil, outages: [Outage] = []
    ) -> Scenario {
        let opening = ClockTime(seconds: 8.5 * 3600)
        let closing = ClockTime(seconds: 8.5 * 3600 + hours * 3600)
        return Scenario(
            title: "test", titleJa: "テスト", clinic: "テスト医院", date: date,
            opening: opening, closing: closing, seed: 1, replications: 1, warmup: 0,
            desks: desks, readers: readers,
            arrivals: [ArrivalWindow(from: opening, to: closing, perHour: perHour)],
            pathMix: Mix(mix), firstVisitShare: 0.2,
            paths: paths,
            backupMix: Mix([(.portal, 0.15), (.certificate, 0.25), (.legacyCard, 0.45), (.notice, 0.15)]),
            patients: PatientTraits(pinKnown: 0.7, backupCredential: 0.6, refusesEverything: 0.02, patience: patience),
            times: times, faults: faults, outages: outages, origin: "test", text: "")
    }

    package static let times = ServiceTimes(
        failedAttempt: .uniform(min: 5, max: 15), staffAssist: .exponential(mean: 120),
        visualSwitch: .triangular(min: 20, mode: 40, max: 90), visualCheck: .uniform(min: 10, max: 30),
        registration: .lognormal(mean: 60, cv: 0.5), firstVisitPaperwork: .exponential(mean: 240),
        credentialCheck: .uniform(min: 20, max: 60), onlineByNumber: .uniform(min: 10, max: 30),
        otherCredentialCheck: .exponential(mean: 60), moushitatesho: .exponential(mean: 300),
        verbalConfirmation: .exponential(mean: 60), manualRecord: .exponential(mean: 120),
        nameFix: .exponential(mean: 45), wrongPersonHandling: .exponential(mean: 300), decision: .deterministic(5))

    package static let paths = PerCase<CredentialPath, PathSetup> { path in
        switch path {
        case .mynaCard: PathSetup(flow: .lognormal(median: 30, p90: 75), methods: Mix([(.face, 0.8), (.pin, 0.15), (.pinless, 0.05)]))
        case .mynaPhone: PathSetup(flow: .lognormal(median: 40, p90: 90), methods: Mix([(.iphone, 0.6), (.android, 0.4)]))
        default: PathSetup(flow: path.usesReader ? .lognormal(median: 15, p90: 40) : nil,
                           methods: Mix([(path.profile.methods[0], 1)]))
        }
    }

    package static let allFaults = FaultRates(
        [.readerError: 0.05, .faceMismatch: 0.08, .pinLock: 0.05, .eligibilityInvalid: 0.04, .certificateExpired: 0.02,
         .unrenderableName: 0.05, .wrongPerson: 0.01, .needsHelp: 0.05],
        readerErrorRetryFails: 0.5, faceRetryFails: 0.6)

    package static let noFaults = FaultRates([:])
}
