import MadoguchiSim

/// The one place that maps keys to `Scenario` fields. Adding a key is a line here, its
/// default with a comment in Scenarios/defaults.toml, and a row in docs/scenario-format.md;
/// keys the decoder does not read are reported as unknown, so there is no second list.
enum ScenarioDecoding {
    static func decode(_ root: ConfigNode, origin: String, text: String) throws(ScenarioError) -> Scenario {
        let readKeys = ReadKeys()
        let top = try TableReader(LocatedValue(node: root, path: .root), readKeys: readKeys)

        let day = try top.table("scenario")
        let opening = try day.value("opening")
        let openingTime = try opening.clock()
        guard openingTime.secondsSinceMidnight < 24 * 3600 else { throw opening.error(.openingTooLate(openingTime)) }
        let closing = try day.value("closing")
        let closingTime = try closing.clock()
        guard closingTime > openingTime else {
            throw closing.blamed(over: opening).error(.closingNotAfterOpening(opening: openingTime, closing: closingTime))
        }
        let dayMinutes = (closingTime.secondsSinceMidnight - openingTime.secondsSinceMidnight) / 60
        let warmup = try day.value("warmup_minutes")
        let warmupMinutes = try warmup.number(.nonNegative)
        guard warmupMinutes < dayMinutes else {
            throw warmup.blamed(over: closing).error(.warmupTooLong(minutes: warmupMinutes, dayMinutes: dayMinutes))
        }

        let staff = try top.table("staff")
        let desks = try staff.integer("desks", .integerIn(1, ScenarioLimits.desks))
        let readers = try staff.integer("readers", .integerIn(0, ScenarioLimits.readers))

        let arrivals = try ArrivalSyntax.read(top.tables("arrivals", atMost: ScenarioLimits.arrivalWindows),
                                              opening: opening, closing: closing, limit: ScenarioLimits.patients)

        let date = try day.date("date")
        let dated = ScenarioDay(date: date, value: try day.value("date"))
        let mix = try top.table("mix")
        let pathMix = try MixSyntax.read(mix.value("path"), options: CredentialPath.samplingOrder, on: dated, readKeys: readKeys)
        let readerShare = CredentialPath.allCases.filter(\.usesReader).reduce(0) { $0 + pathMix.share(of: $1) }
        if readers == 0 && readerShare > 0 { throw try staff.value("readers").error(.readersNeeded(readerShare: readerShare)) }
        let visitMix = try MixSyntax.read(mix.value("visit"), options: VisitType.allCases, on: dated, readKeys: readKeys)
        let times = try top.table("times")
        let paths = try PerCase { (path: CredentialPath) throws(ScenarioError) in
            let profile = path.profile
            // A method mix is held to the date only where its path is used at all.
            let methods = profile.methods.count > 1
                ? try MixSyntax.read(mix.value(path.rawValue), options: profile.methods,
                                     on: pathMix.share(of: path) > 0 ? dated : nil, readKeys: readKeys)
                : Mix(profile.methods.map { ($0, 1.0) })
            return PathSetup(flow: try profile.flowKey.map { key throws(ScenarioError) in try times.distribution(key) },
                             methods: methods)
        }
        let backupMix = try MixSyntax.read(mix.value("backup"), options: BackupCredential.allCases, on: dated, readKeys: readKeys)
        let invalidMix = try MixSyntax.read(mix.value("invalid_result"), options: [OnlineResult.Status.invalid, .invalidNewer, .noRecord],
                                            on: dated, readKeys: readKeys)

        let scenario = Scenario(
            title: try day.string("title"),
            titleJa: try day.string("title_ja"),
            clinic: try day.string("clinic"),
            date: date,
            opening: openingTime,
            closing: closingTime,
            seed: UInt64(try day.integer("seed", .integerAtLeast(0))),
            replications: try day.integer("replications", .integerIn(1, ScenarioLimits.replications)),
            warmup: warmupMinutes * 60,
            desks: desks,
            readers: readers,
            arrivals: arrivals,
            pathMix: pathMix,
            firstVisitShare: visitMix.share(of: .first),
            paths: paths,
            backupMix: backupMix,
            invalidResultMix: invalidMix,
            patients: try patients(top.table("patients"), readKeys),
            times: try serviceTimes(times),
            faults: try faults(top.table("faults")),
            outages: try OutageSyntax.read(top.tables("outages", atMost: ScenarioLimits.outages), readers: readers),
            script: try ScriptSyntax.read(top.tables("script", atMost: ScenarioLimits.scriptedPatients),
                                          opening: openingTime, closing: closingTime, date: date, readKeys: readKeys),
            readerHelpFirst: try staff.boolean("reader_help_first"),
            origin: origin,
            text: text)
        do {
            try UnknownKeys.check(root, readKeys: readKeys)
        } catch {
            throw ScenarioError(error)
        }
        return scenario
    }

    private static func patients(_ t: TableReader, _ readKeys: ReadKeys) throws(ScenarioError) -> PatientTraits {
        let patience = try t.value("patience")
        let never: Bool
        if case .string(let s) = patience.node.value {
            guard s == "never" else { throw patience.wrongType(.patience) }
            never = true
        } else {
            never = false
        }
        return PatientTraits(
            pinKnown: try t.probability("pin_known"),
            backupCredential: try t.probability("backup_credential"),
            refusesEverything: try t.probability("refuses_everything"),
            patience: never ? nil : try DistributionSyntax.read(patience, readKeys: readKeys),
            certificateExpiry: try t.date("certificate_expiry"),
            certificateRenewed: try t.probability("certificate_renewed"))
    }

    private static func serviceTimes(_ t: TableReader) throws(ScenarioError) -> ServiceTimes {
        ServiceTimes(
            failedAttempt: try t.distribution("failed_attempt"),
            staffAssist: try t.distribution("staff_assist"),
            visualSwitch: try t.distribution("visual_switch"),
            visualCheck: try t.distribution("visual_check"),
            registration: try t.distribution("registration"),
            firstVisitPaperwork: try t.distribution("first_visit_paperwork"),
            credentialCheck: try t.distribution("credential_check"),
            onlineByNumber: try t.distribution("online_by_number"),
            otherCredentialCheck: try t.distribution("other_credential_check"),
            moushitatesho: try t.distribution("moushitatesho"),
            verbalConfirmation: try t.distribution("verbal_confirmation"),
            manualRecord: try t.distribution("manual_record"),
            nameFix: try t.distribution("name_fix"),
            wrongPersonHandling: try t.distribution("wrong_person_handling"),
            decision: try t.distribution("decision"))
    }

    private static func faults(_ t: TableReader) throws(ScenarioError) -> FaultRates {
        FaultRates(
            perVisit: try PerCase { (fault: Fault) throws(ScenarioError) in
                fault.profile.perVisit ? try t.probability(fault.rawValue) : 0
            },
            readerErrorRetryFails: try t.probability("reader_error_retry_fails"),
            faceRetryFails: try t.probability("face_retry_fails"),
            multipleMatches: try t.probability("multiple_matches"))
    }
}
