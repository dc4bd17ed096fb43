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
        #expect(s.faults[.readerError] == 0.1)
        #expect(s.arrivals[0].perHour == 120 && s.arrivals[0].from == ClockTime("08:00"))
        #expect(s.paths[.mynaCard].flow == .exponential(mean: 40))
        #expect(s.times.registration == .lognormal(median: 60, p90: 200))
        #expect(s.title == "Busy morning")
        #expect(s.text.hasSuffix("# override: arrivals[1].from=\"08:00\""))
    }

    /// Two shares of one mix are taken as given, and the mix is checked as a whole.
    @Test func mixOverridesAreCheckedAsAWhole() {
        let error = E.expect("", key: "mix.path", mentions: ["1.3"],
                             overrides: [("mix.path.myna_card", "0.5"), ("mix.path.none", "0.17")]) {
            if case .mixSum(let sum) = $0 { abs(sum - 1.3) < 1e-9 } else { false }
        }
        #expect(error?.origin.contains("override mix.path.none=0.17") == true)
    }

    /// One share set alone rescales the others of its mix, keeping their ratios.
    @Test func oneShareRescalesTheOthers() throws {
        // default: myna_card 0.350, myna_phone 0.014, legacy_card 0.400, certificate 0.216, none 0.020
        let s = try ScenarioLoader.load(nameOrPath: "default", overrides: [("mix.path.myna_card", "0.7"), ("staff.desks", "3")])
        let shares = CredentialPath.allCases.map { s.pathMix.share(of: $0) }
        #expect(s.pathMix.share(of: .mynaCard) == 0.7)
        #expect(abs(shares.reduce(0, +) - 1) < 1e-12)
        #expect(abs(s.pathMix.share(of: .legacyCard) / s.pathMix.share(of: .none) - 20) < 1e-9)
        #expect(s.desks == 3)
        let visit = try ScenarioLoader.load(nameOrPath: "default", overrides: [("mix.visit.first", "0.5")])
        #expect(visit.firstVisitShare == 0.5)
        // A what-if path the defaults leave out of [mix.path] takes its share from the others.
        let face = try ScenarioLoader.load(nameOrPath: "default", overrides: [("mix.path.face_only", "0.3")])
        #expect(face.pathMix.share(of: .faceOnly) == 0.3)
        #expect(abs(CredentialPath.allCases.map { face.pathMix.share(of: $0) }.reduce(0, +) - 1) < 1e-12)
        #expect(abs(face.pathMix.share(of: .legacyCard) - 0.4 * 0.7) < 1e-12)
    }

    @Test func twoSharesOfOneMixAreLeftAsGiven() throws {
        // default: face 0.80, pin 0.15, pinless 0.05
        let s = try ScenarioLoader.load(nameOrPath: "default", overrides: [("mix.myna_card.face", "0.6"), ("mix.myna_card.pin", "0.35")])
        let methods = s.paths[.mynaCard].methods
        #expect(methods.share(of: .face) == 0.6 && methods.share(of: .pin) == 0.35 && methods.share(of: .pinless) == 0.05)
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
