import Testing
@testable import MadoguchiClinic

private typealias E = ScenarioErrorExpectations

/// The timeline of DOMAIN.md: smartphone cards from 19 Sep 2025, PIN-less cards from
/// 15 Dec 2023, 資格確認書 from 2 Dec 2024. A scenario dated earlier that still uses one is
/// refused at the key that uses it, naming both dates.
@Suite struct TimelineTests {
    static func date(_ text: String) -> CalendarDate { CalendarDate(text)! }

    /// A mix valid on any date, so each case below gets in only the one anachronism.
    static let early = """
        [mix.path]
        myna_card = 0.5
        legacy_card = 0.5
        [mix.myna_card]
        face = 0.8
        pin = 0.2
        [mix.backup]
        portal = 0.5
        legacy_card = 0.5

        """

    @Test func smartphoneShareBeforeSeptember2025() {
        E.expect("[scenario]\ndate = 2025-09-18\n[mix.path]\nmyna_card = 0.9\nmyna_phone = 0.1\n",
                 key: "mix.path.myna_phone", line: 5, mentions: ["2025-09-18", "2025-09-19"]) {
            $0 == .notYetIntroduced("myna_phone", introduced: Self.date("2025-09-19"), date: Self.date("2025-09-18"))
        }
    }

    /// A file that moves only the date before a default share is told about its date.
    @Test func aDateBeforeADefaultShareBlamesTheDate() {
        E.expect("[scenario]\ndate = 2025-09-18\n", key: "scenario.date", line: 2, mentions: ["myna_phone", "2025-09-19"]) {
            $0 == .notYetIntroduced("myna_phone", introduced: Self.date("2025-09-19"), date: Self.date("2025-09-18"))
        }
    }

    @Test func certificateShareBeforeDecember2024() {
        E.expect("[scenario]\ndate = 2024-12-01\n[mix.path]\nlegacy_card = 0.7\ncertificate = 0.3\n",
                 key: "mix.path.certificate", line: 5) {
            $0 == .notYetIntroduced("certificate", introduced: Self.date("2024-12-02"), date: Self.date("2024-12-01"))
        }
    }

    @Test func pinlessCardsBeforeDecember2023() {
        E.expect("[scenario]\ndate = 2023-12-14\n[mix.path]\nmyna_card = 1.0\n[mix.myna_card]\nface = 0.9\npinless = 0.1\n",
                 key: "mix.myna_card.pinless", line: 7) {
            $0 == .notYetIntroduced("pinless", introduced: Self.date("2023-12-15"), date: Self.date("2023-12-14"))
        }
    }

    @Test func certificateAsAnotherProofBeforeDecember2024() {
        E.expect("[scenario]\ndate = 2024-06-01\n[mix.path]\nlegacy_card = 1.0\n[mix.backup]\nportal = 0.5\ncertificate = 0.5\n",
                 key: "mix.backup.certificate", line: 7) {
            $0 == .notYetIntroduced("certificate", introduced: Self.date("2024-12-02"), date: Self.date("2024-06-01"))
        }
    }

    @Test func scriptedSmartphoneBeforeSeptember2025() {
        E.expect("[scenario]\ndate = 2025-01-10\n" + Self.early + "[[script]]\nat = \"09:00\"\npath = \"myna_phone\"\n",
                 key: "script[1].path", line: 14) {
            $0 == .notYetIntroduced("myna_phone", introduced: Self.date("2025-09-19"), date: Self.date("2025-01-10"))
        }
    }

    @Test func scriptedPinlessCardBeforeDecember2023() {
        E.expect("[scenario]\ndate = 2023-11-15\n" + Self.early + "[[script]]\nat = \"09:00\"\npath = \"myna_card\"\nmethod = \"pinless\"\n",
                 key: "script[1].method", line: 15) {
            $0 == .notYetIntroduced("pinless", introduced: Self.date("2023-12-15"), date: Self.date("2023-11-15"))
        }
    }

    /// From the first day on, and a method mix of a path nobody uses, are accepted.
    @Test func theFirstDayAndUnusedPathsLoad() throws {
        let first = try ScenarioLoader.parse(text: "[scenario]\ndate = 2025-09-19\n", origin: E.origin)
        #expect(first.pathMix.share(of: .mynaPhone) > 0)
        #expect(first.paths[.mynaCard].methods.share(of: .pinless) > 0)
        // The defaults' [mix.myna_phone] and PIN-less share stand, unused, in 2023.
        let early = try ScenarioLoader.parse(text: "[scenario]\ndate = 2023-11-15\n[mix.path]\nlegacy_card = 1.0\n"
                                             + "[mix.backup]\nlegacy_card = 1.0\n", origin: E.origin)
        #expect(early.paths[.mynaPhone].methods.share(of: .iphone) > 0)
        #expect(early.paths[.mynaCard].methods.share(of: .pinless) > 0)
    }
}
