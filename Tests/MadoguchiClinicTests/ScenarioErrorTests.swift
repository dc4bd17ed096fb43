import Foundation
import Testing
@testable import MadoguchiClinic

/// One test per kind of mistake a user can make in a scenario file.
@Suite struct ScenarioErrorTests {
    typealias E = ScenarioErrorExpectations

    // MARK: The file itself

    @Test func missingFile() throws {
        let path = "/nonexistent/monday.toml"
        if let error = #expect(throws: ScenarioError.self, performing: { try ScenarioLoader.load(nameOrPath: path) }) {
            guard case .fileNotFound(let names) = error.problem else { Issue.record("\(error)"); return }
            #expect(names.contains("monday-rush"))
            E.checkMessages(error, origin: path, mentions: ["monday-rush"])
        }
    }

    @Test func unknownBuiltinNameIsAMissingFile() {
        if let error = #expect(throws: ScenarioError.self, performing: { try ScenarioLoader.load(nameOrPath: "monday-rsh") }) {
            #expect(error.problem == .fileNotFound(builtinNames: ScenarioLoader.builtinNames))
            E.checkMessages(error, origin: "monday-rsh")
        }
    }

    @Test func directory() throws {
        let dir = try RepositoryFiles.temporaryDirectory("dir")
        defer { try? FileManager.default.removeItem(at: dir) }
        if let error = #expect(throws: ScenarioError.self, performing: { try ScenarioLoader.load(nameOrPath: dir.path) }) {
            #expect(error.problem == .config(.isDirectory))
            E.checkMessages(error, origin: dir.path)
        }
    }

    /// Tests run as root here, so permissions cannot make a file unreadable; a read of
    /// /proc/self/mem from offset 0 always fails.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/mem")))
    func unreadable() {
        if let error = #expect(throws: ScenarioError.self, performing: { try ScenarioLoader.load(nameOrPath: "/proc/self/mem") }) {
            guard case .config(.unreadable) = error.problem else { Issue.record("\(error)"); return }
            E.checkMessages(error, origin: "/proc/self/mem")
        }
    }

    @Test func notUTF8() throws {
        let bytes = Array("[staff]\ndesks = 2\n".utf8) + [0xFF, 0xFE, 0x0A]
        if let error = #expect(throws: ScenarioError.self, performing: { try ScenarioLoader.parse(data: bytes, origin: E.origin) }) {
            #expect(error.problem == .config(.notUTF8(byteOffset: 18)))
            E.checkMessages(error, line: 3, mentions: ["18"])
            #expect(error.column == 1)
        }
    }

    @Test func binaryGarbageWithNUL() {
        E.expect("[staff]\ndesks = 2\0\0\u{1}\n", line: 2) { $0 == .config(.controlCharacter(codePoint: 0)) }
    }

    @Test func brokenTOML() {
        let error = E.expect("[scenario]\ntitle = \"x\"\n[staff\ndesks = 2\n", line: 3) {
            if case .config(.syntax) = $0 { return true } else { return false }
        }
        #expect(error?.column != nil)
    }

    @Test func duplicateKeyIsASyntaxError() {
        E.expect("[staff]\ndesks = 2\ndesks = 3\n", line: 3) { if case .config(.syntax) = $0 { true } else { false } }
    }

    // MARK: Keys and types

    @Test func unknownKeySuggestsTheNearest() {
        E.expect("[staff]\ndesk = 3\n", key: "staff.desk", line: 2, mentions: ["desks"]) {
            if case .config(.unknownKey(suggestion: "desks", _)) = $0 { true } else { false }
        }
    }

    @Test func unknownSectionSuggestsTheNearest() {
        E.expect("[scenario]\nseed = 4\n\n[fault]\nreader_error = 0.1\n", key: "fault", line: 4, mentions: ["faults"]) {
            if case .config(.unknownKey(suggestion: "faults", _)) = $0 { true } else { false }
        }
    }

    @Test func unknownKeyFarFromAnyListsTheKnownKeys() {
        E.expect("[staff]\ncoffee_machines = 1\n", key: "staff.coffee_machines", line: 2, mentions: ["desks, reader_help_first, readers"]) {
            $0 == .config(.unknownKey(suggestion: nil, known: ["desks", "reader_help_first", "readers"]))
        }
    }

    @Test func misspeltKeyInAnArrivalWindow() {
        E.expect("[[arrivals]]\nfrom = \"08:30\"\nto = \"09:00\"\nperhour = 10\n", key: "arrivals[1].perhour", line: 4) {
            if case .config(.unknownKey(suggestion: "per_hour", _)) = $0 { true } else { false }
        }
    }

    @Test func missingKeyInAnArrivalWindow() {
        E.expect("[[arrivals]]\nfrom = \"08:30\"\nto = \"09:00\"\n", key: "arrivals[1].per_hour", line: 1) { $0 == .missingKey }
    }

    @Test func wrongType() {
        E.expect("[staff]\ndesks = \"two\"\n", key: "staff.desks", line: 2, mentions: ["whole number"]) {
            $0 == .wrongType(expected: .integer, found: "string \"two\"")
        }
        E.expect("[staff]\ndesks = 2.5\n", key: "staff.desks", line: 2) {
            if case .wrongType(expected: .integer, _) = $0 { true } else { false }
        }
        E.expect("staff = 3\n", key: "staff", line: 1) { if case .wrongType(expected: .table, _) = $0 { true } else { false } }
        E.expect("[scenario]\ntitle = 5\n", key: "scenario.title", line: 2) {
            if case .wrongType(expected: .string, _) = $0 { true } else { false }
        }
    }

    // MARK: Numbers

    @Test func probabilityOutsideZeroToOne() {
        E.expect("[faults]\nreader_error = 1.5\n", key: "faults.reader_error", line: 2, mentions: ["0 to 1"]) {
            $0 == .invalidNumber(1.5, .probability)
        }
        E.expect("[patients]\npin_known = -0.1\n", key: "patients.pin_known", line: 2) {
            $0 == .invalidNumber(-0.1, .probability)
        }
        E.expect("[faults]\nneeds_help = nan\n", key: "faults.needs_help", line: 2) {
            if case .invalidNumber(.float(let x), .probability) = $0 { x.isNaN } else { false }
        }
    }

    @Test func negativeOrNonFiniteRate() {
        let window = { (rate: String) in "[[arrivals]]\nfrom = \"08:30\"\nto = \"09:30\"\nper_hour = \(rate)\n" }
        E.expect(window("-5"), key: "arrivals[1].per_hour", line: 4, mentions: ["≥ 0"]) { $0 == .invalidNumber(-5, .nonNegative) }
        E.expect(window("inf"), key: "arrivals[1].per_hour", line: 4) { $0 == .invalidNumber(.float(.infinity), .nonNegative) }
        E.expect(window("nan"), key: "arrivals[1].per_hour", line: 4) {
            if case .invalidNumber(.float(let x), _) = $0 { x.isNaN } else { false }
        }
    }

    @Test func desksAndReadersBelowOne() {
        E.expect("[staff]\ndesks = 0\n", key: "staff.desks", line: 2) { $0 == .invalidNumber(0, .integerIn(1, ScenarioLimits.desks)) }
        E.expect("[staff]\nreaders = -1\n", key: "staff.readers", line: 2) { $0 == .invalidNumber(-1, .integerIn(0, ScenarioLimits.readers)) }
        // Quoted as written, not as a Double would print it (9.22337e+18).
        E.expect("[staff]\nreaders = 9223372036854775807\n", key: "staff.readers", line: 2,
                 mentions: ["9223372036854775807 is out of range"]) { $0 == .invalidNumber(9223372036854775807, .integerIn(0, ScenarioLimits.readers)) }
    }

    @Test func noReadersWhileTheMixUsesThem() {
        E.expect("[staff]\nreaders = 0\n", key: "staff.readers", line: 2, mentions: ["myna_card"]) {
            if case .readersNeeded(let share) = $0 { abs(share - 0.364) < 1e-9 } else { false }
        }
    }

    @Test func noReadersWithoutReaderPathsIsFine() throws {
        let s = try ScenarioLoader.parse(text: """
            [staff]
            readers = 0
            [mix.path]
            legacy_card = 0.7
            certificate = 0.3
            """, origin: E.origin)
        #expect(s.readers == 0)
    }

    @Test func replicationsBelowOne() {
        E.expect("[scenario]\nreplications = 0\n", key: "scenario.replications", line: 2) {
            $0 == .invalidNumber(0, .integerIn(1, ScenarioLimits.replications))
        }
    }

    // MARK: Mixes

    @Test func mixNotSummingToOneSaysTheSum() {
        E.expect("[mix.path]\nmyna_card = 0.5\nlegacy_card = 0.4\n", key: "mix.path", line: 1, mentions: ["0.9"]) {
            $0 == .mixSum(0.9)
        }
    }

    @Test func unknownMixOption() {
        E.expect("[mix.path]\nmyna_crd = 0.5\nlegacy_card = 0.5\n", key: "mix.path.myna_crd", line: 2,
                 mentions: ["myna_card", "legacy_card"]) {
            if case .unknownOption("myna_crd", _, suggestion: "myna_card") = $0 { true } else { false }
        }
        E.expect("[mix.myna_card]\nface = 0.5\niphone = 0.5\n", key: "mix.myna_card.iphone", line: 3) {
            if case .unknownOption("iphone", accepted: ["face", "pin", "pinless"], _) = $0 { true } else { false }
        }
    }

    @Test func aMixGivenReplacesTheWholeDefaultMix() throws {
        let s = try ScenarioLoader.parse(text: "[mix.path]\nlegacy_card = 1\n", origin: E.origin)
        #expect(s.pathMix.options == [.legacyCard])
        let v = try ScenarioLoader.parse(text: "[mix.visit]\nreturn = 0.5\nfirst = 0.5\n", origin: E.origin)
        #expect(v.firstVisitShare == 0.5)
    }

    // MARK: Clock and calendar

    @Test func closingNotAfterOpening() {
        E.expect("[scenario]\nopening = \"09:00\"\nclosing = \"08:00\"\n", key: "scenario.closing", line: 3,
                 mentions: ["08:00", "09:00"]) {
            if case .closingNotAfterOpening = $0 { true } else { false }
        }
    }

    @Test func openingAtOrAfterMidnight() {
        E.expect("[scenario]\nopening = \"24:00\"\nclosing = \"30:00\"\n", key: "scenario.opening", line: 2, mentions: ["24:00"]) {
            if case .openingTooLate = $0 { true } else { false }
        }
    }

    @Test func badClockTime() {
        E.expect("[scenario]\nopening = \"8.30\"\n", key: "scenario.opening", line: 2, mentions: ["HH:MM"]) {
            $0 == .invalidClockTime("8.30")
        }
    }

    @Test func badDate() {
        E.expect("[scenario]\ndate = \"2025-13-01\"\n", key: "scenario.date", line: 2, mentions: ["YYYY-MM-DD"]) {
            $0 == .invalidDate("2025-13-01")
        }
        E.expect("[scenario]\ndate = \"2025-02-29\"\n", key: "scenario.date", line: 2) { $0 == .invalidDate("2025-02-29") }
        E.expect("[scenario]\ndate = 2025-10-15T09:00:00\n", key: "scenario.date", line: 2) {
            if case .wrongType(expected: .date, _) = $0 { true } else { false }
        }
    }

    @Test func dateAsStringOrTOMLDate() throws {
        let a = try ScenarioLoader.parse(text: "[scenario]\ndate = \"2028-02-29\"\n", origin: E.origin)
        let b = try ScenarioLoader.parse(text: "[scenario]\ndate = 2028-02-29\n", origin: E.origin)
        #expect(a.date == CalendarDate(year: 2028, month: 2, day: 29) && a.date == b.date)
    }

    @Test func warmupLongerThanTheDay() {
        E.expect("[scenario]\nwarmup_minutes = 240\n", key: "scenario.warmup_minutes", line: 2) {
            $0 == .warmupTooLong(minutes: 240, dayMinutes: 240)
        }
    }

    // MARK: Arrival windows

    @Test func arrivalWindowFromNotBeforeTo() {
        E.expect("[[arrivals]]\nfrom = \"10:00\"\nto = \"10:00\"\nper_hour = 5\n", key: "arrivals[1].to", line: 3) {
            if case .timesOutOfOrder = $0 { true } else { false }
        }
    }

    @Test func arrivalWindowOutsideOpeningHours() {
        E.expect("[[arrivals]]\nfrom = \"08:00\"\nto = \"09:00\"\nper_hour = 5\n", key: "arrivals[1]", line: 1,
                 mentions: ["08:30", "12:30"]) {
            if case .windowOutsideDay = $0 { true } else { false }
        }
    }

    /// The user moved closing; the default windows then overrun it. The error is theirs.
    @Test func changedHoursWithDefaultWindowsBlameTheChangedKey() {
        E.expect("[scenario]\nclosing = \"11:00\"\n", key: "scenario.closing", line: 2, mentions: ["10:30–11:30"]) {
            if case .windowOutsideDay = $0 { true } else { false }
        }
        E.expect("[scenario]\nopening = \"13:00\"\n", key: "scenario.opening", line: 2) {
            if case .closingNotAfterOpening = $0 { true } else { false }
        }
    }

    @Test func overlappingArrivalWindows() {
        let text = """
            [[arrivals]]
            from = "08:30"
            to = "10:00"
            per_hour = 5

            [[arrivals]]
            from = "09:30"
            to = "11:00"
            per_hour = 5
            """
        E.expect(text, key: "arrivals[2]", line: 6, mentions: ["08:30–10:00"]) {
            if case .windowsOverlap = $0 { true } else { false }
        }
    }

    @Test func gapsBetweenWindowsAreFine() throws {
        let s = try ScenarioLoader.parse(text: """
            [[arrivals]]
            from = "08:30"
            to = "09:00"
            per_hour = 5
            [[arrivals]]
            from = "11:00"
            to = "12:00"
            per_hour = 5
            """, origin: E.origin)
        #expect(s.arrivals.count == 2)
    }

    @Test func tooManyArrivals() {
        let text = "[scenario]\nclosing = \"9000:00\"\n[[arrivals]]\nfrom = \"08:30\"\nto = \"9000:00\"\nper_hour = 5000\n"
        E.expect(text, key: "arrivals[1].per_hour", line: 6, mentions: ["20000000"]) {
            if case .tooManyArrivals = $0 { true } else { false }
        }
    }

    // MARK: Distributions

    @Test func unknownDistribution() {
        E.expect("[times]\ncard_flow = { dist = \"normal\", mean = 3 }\n", key: "times.card_flow.dist", line: 2,
                 mentions: ["lognormal"]) {
            if case .unknownOption("normal", _, _) = $0 { true } else { false }
        }
        E.expect("[times]\ncard_flow = { dist = \"expnential\", mean = 3 }\n", key: "times.card_flow.dist", line: 2) {
            if case .unknownOption(_, _, suggestion: "exponential") = $0 { true } else { false }
        }
    }

    static let lognormalParameters = ScenarioError.Problem.distribution(
        name: "lognormal", .parameters(accepted: [["median", "p90"], ["mean", "cv"]]))

    @Test(arguments: [
        ("{ dist = \"exponential\", mean = 0 }", "times.card_flow.mean", .invalidNumber(0, .positive)),
        ("{ dist = \"exponential\", mean = -5 }", "times.card_flow.mean", .invalidNumber(-5, .positive)),
        ("{ dist = \"lognormal\", median = 30, p90 = 30 }", "times.card_flow", .distribution(name: "lognormal", .p90NotAboveMedian)),
        ("{ dist = \"lognormal\", median = 30 }", "times.card_flow", lognormalParameters),
        ("{ dist = \"lognormal\", median = 30, p90 = 75, cv = 1 }", "times.card_flow", lognormalParameters),
        ("{ dist = \"uniform\", min = 10, max = 5 }", "times.card_flow", .distribution(name: "uniform", .minAboveMax)),
        ("{ dist = \"triangular\", min = 1, mode = 9, max = 5 }", "times.card_flow", .distribution(name: "triangular", .modeOutside)),
        ("{ dist = \"triangular\", min = 5, mode = 5, max = 5 }", "times.card_flow", .distribution(name: "triangular", .modeOutside)),
        ("{ dist = \"empirical\", values = [] }", "times.card_flow", .distribution(name: "empirical", .emptyValues)),
        ("{ dist = \"empirical\", values = [3, -1] }", "times.card_flow.values[2]", .invalidNumber(-1, .nonNegative)),
        ("{ dist = \"erlang\", k = 2.5, mean = 10 }", "times.card_flow.k", .distribution(name: "erlang", .kNotPositiveInteger)),
        ("{ dist = \"erlang\", k = 0, mean = 10 }", "times.card_flow.k", .distribution(name: "erlang", .kNotPositiveInteger)),
        ("{ dist = \"gamma\", shape = 0, scale = 1 }", "times.card_flow.shape", .invalidNumber(0, .positive)),
        ("{ dist = \"exponential\", mean = 5, median = 3 }", "times.card_flow.median",
         .config(.unknownKey(suggestion: "mean", known: ["dist", "mean"]))),
        ("{ mean = 5 }", "times.card_flow.dist", .missingKey),
        ("-3", "times.card_flow", .invalidNumber(-3, .nonNegative)),
        ("\"fast\"", "times.card_flow", .wrongType(expected: .distribution, found: "string \"fast\"")),
    ] as [(String, String, ScenarioError.Problem)])
    func badDistributionParameters(value: String, key: String, problem: ScenarioError.Problem) {
        E.expect("[times]\ncard_flow = \(value)\n", key: key, line: 2) { $0 == problem }
    }

    @Test func distributionsOfEveryKind() throws {
        let text = """
            [times]
            card_flow = 12
            phone_flow = { dist = "deterministic", value = 10 }
            failed_attempt = { dist = "uniform", min = 5, max = 15 }
            staff_assist = { dist = "triangular", min = 60, mode = 90, max = 300 }
            visual_switch = { dist = "exponential", mean = 40 }
            visual_check = { dist = "erlang", k = 3, mean = 15 }
            registration = { dist = "gamma", shape = 2, scale = 30 }
            first_visit_paperwork = { dist = "lognormal", median = 240, p90 = 480 }
            credential_check = { dist = "lognormal", mean = 40, cv = 0.5 }
            online_by_number = { dist = "empirical", values = [12, 20, 31.5] }
            """
        let s = try ScenarioLoader.parse(text: text, origin: E.origin), t = s.times
        #expect(s.paths[.mynaCard].flow == .deterministic(12) && s.paths[.mynaPhone].flow == .deterministic(10))
        #expect(t.failedAttempt == .uniform(min: 5, max: 15))
        #expect(t.staffAssist == .triangular(min: 60, mode: 90, max: 300))
        #expect(t.visualSwitch == .exponential(mean: 40))
        #expect(t.visualCheck == .erlang(k: 3, mean: 15))
        #expect(t.registration == .gamma(shape: 2, scale: 30))
        #expect(t.firstVisitPaperwork == .lognormal(median: 240, p90: 480))
        #expect(t.credentialCheck == .lognormal(mean: 40, cv: 0.5))
        #expect(t.onlineByNumber == .empirical([12, 20, 31.5]))
    }

    @Test func patienceIsNeverOrADistribution() throws {
        let s = try ScenarioLoader.parse(text: "[patients]\npatience = { dist = \"exponential\", mean = 3600 }\n", origin: E.origin)
        #expect(s.patients.patience == .exponential(mean: 3600))
        E.expect("[patients]\npatience = \"forever\"\n", key: "patients.patience", line: 2, mentions: ["never"]) {
            if case .wrongType(expected: .patience, _) = $0 { true } else { false }
        }
    }

    // MARK: Outages

    @Test func outageReaderOutOfRange() {
        let outage = { (n: Int) in "[[outages]]\nkind = \"reader\"\nreader = \(n)\nfrom = \"09:00\"\nto = \"09:30\"\n" }
        E.expect(outage(3), key: "outages[1].reader", line: 3, mentions: ["1 to 2"]) { $0 == .outageReaderOutOfRange(3, readers: 2) }
        E.expect(outage(0), key: "outages[1].reader", line: 3) { $0 == .invalidNumber(0, .integerAtLeast(1)) }
    }

    @Test func outageTimesOutOfOrder() {
        E.expect("[[outages]]\nkind = \"network\"\nfrom = \"09:39\"\nto = \"09:10\"\n", key: "outages[1].to", line: 4) {
            if case .timesOutOfOrder = $0 { true } else { false }
        }
    }

    @Test func unknownOutageKind() {
        E.expect("[[outages]]\nkind = \"netwrk\"\nfrom = \"09:10\"\nto = \"09:39\"\n", key: "outages[1].kind", line: 2) {
            if case .unknownOption("netwrk", _, suggestion: "network") = $0 { true } else { false }
        }
    }

    @Test func readerOutagesAreZeroBasedInside() throws {
        let s = try ScenarioLoader.parse(text: "[[outages]]\nkind = \"reader\"\nreader = 2\nfrom = \"09:00\"\nto = \"09:30\"\n",
                                         origin: E.origin)
        #expect(s.outages == [Outage(kind: .reader(1), from: ClockTime("09:00")!, to: ClockTime("09:30")!)])
    }

    // MARK: Files on disk

    @Test func anErrorInAFileNamesItsPath() throws {
        let dir = try RepositoryFiles.temporaryDirectory("file")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("mine.toml")
        try "[scenario]\ntitle = \"Mine\"\n\n[staff]\ndesks = -1\n".write(to: file, atomically: true, encoding: .utf8)
        if let error = #expect(throws: ScenarioError.self, performing: { try ScenarioLoader.load(nameOrPath: file.path) }) {
            E.checkMessages(error, origin: file.path, key: "staff.desks")
            #expect(error.line == 5)
        }
        try "[scenario]\ntitle = \"Mine\"\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(try ScenarioLoader.load(nameOrPath: file.path).title == "Mine")
    }
}
