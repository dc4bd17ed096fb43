import Testing
@testable import MadoguchiClinic

/// `key=value` overrides, as `madoguchi sweep --set staff.desks=1,2,3` will pass them.
@Suite struct ScenarioOverrideTests {
    typealias E = ScenarioErrorExpectations

    @Test func overridesSetValuesBeforeValidation() throws {
        let s = try ScenarioLoader.load(nameOrPath: "monday-rush", overrides: [
            ("staff.desks", "3"), ("faults.reader_error", "0.1"), ("arrivals[1].per_hour", "120"),
            ("times.card_flow", "{ dist = \"exponential\", mean = 40 }"), ("times.registration.p90", "200"),
            ("scenario.title", "Busy morning"), ("scenario.opening", "08:00"), ("arrivals[1].from", "\"08:00\""),
        ])
        #expect(s.desks == 3)
        #expect(s.faults.readerError == 0.1)
        #expect(s.arrivals[0].perHour == 120 && s.arrivals[0].from == ClockTime("08:00"))
        #expect(s.times.cardFlow == .exponential(mean: 40))
        #expect(s.times.registration == .lognormal(median: 60, p90: 200))
        #expect(s.title == "Busy morning")
        #expect(s.text.hasSuffix("# override: arrivals[1].from=\"08:00\""))
    }

    @Test func mixOverridesAreCheckedAsAWhole() {
        let error = E.expect("", key: "mix.path", mentions: ["1.15"], overrides: [("mix.path.myna_card", "0.5")]) {
            if case .mixSum(let sum) = $0 { abs(sum - 1.15) < 1e-9 } else { false }
        }
        #expect(error?.origin.contains("override mix.path.myna_card=0.5") == true)
    }

    @Test func overriddenValuesAreValidated() {
        E.expect("", key: "staff.desks", overrides: [("staff.desks", "0")]) {
            $0 == .invalidNumber(0, .integerIn(1, ScenarioLimits.desks))
        }
        E.expect("", key: "staff.desks", overrides: [("staff.desks", "three")]) {
            $0 == .wrongType(expected: .integer, found: "string \"three\"")
        }
    }

    @Test func unknownOverrideKeysFailNamingTheKey() {
        E.expect("", key: "staff.desk", mentions: ["desks"], overrides: [("staff.desk", "3")]) {
            if case .config(.unknownKey(suggestion: "desks", _)) = $0 { true } else { false }
        }
        E.expect("", key: "stuff", mentions: ["staff"], overrides: [("stuff.desks", "3")]) {
            if case .config(.unknownKey(suggestion: "staff", _)) = $0 { true } else { false }
        }
        E.expect("", key: "arrivals[9]", overrides: [("arrivals[9].per_hour", "3")]) {
            if case .config(.unknownKey) = $0 { true } else { false }
        }
        E.expect("", key: "staff.desks.count", overrides: [("staff.desks.count", "3")]) {
            if case .config(.unknownKey) = $0 { true } else { false }
        }
    }

    @Test func malformedOverrideKeys() {
        for key in ["", "staff..desks", "arrivals[0].per_hour", "arrivals[x]"] {
            E.expect("", overrides: [(key, "1")]) { $0 == .override("\(key)=1") }
        }
    }
}
