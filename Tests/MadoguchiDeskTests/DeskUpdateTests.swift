import MadoguchiTestSupport
import MadoguchiClinic
import Testing
@testable import MadoguchiDesk

@Suite struct DeskUpdateTests {
    func makeState(_ scenario: Scenario = DeskFixture.scenario, speed: Speed = .times(10), paused: Bool = false,
                   language: Language = .ja, asciiOnly: Bool = false, width: Int = 80, height: Int = 24) -> DeskState {
        DeskState(scenario: scenario, seed: DeskFixture.seed, language: language,
                  asciiOnly: asciiOnly, speed: speed, paused: paused, width: width, height: height)
    }

    func text(_ state: DeskState) -> String {
        DeskView.render(state).textLines().joined(separator: "\n")
    }

    @Test func pausedClockStandsStill() {
        var state = makeState(paused: true)
        state.update(.tick(wallSeconds: 0.2))
        #expect(state.now == 0)
        #expect(state.isIdle)
    }

    @Test func pausedStandsOutInTheHeader() throws {
        try #require(utf8Locale)
        var state = makeState(language: .en)
        #expect(!DeskView.render(state).roleLines()[0].contains("w"))
        state.update(.key(.character(" ")))
        let buffer = DeskView.render(state)
        let header = buffer.textLines()[0], roles = buffer.roleLines()[0]
        let paused = try #require(header.range(of: "Paused"))
        let column = DisplayWidth.of(header[..<paused.lowerBound])
        #expect(roles.dropFirst(column).prefix(6) == "wwwwww")
    }

    @Test func simulatedTimeIsWallTimeTimesSpeed() {
        var state = makeState(speed: .times(10))
        state.update(.tick(wallSeconds: 0.2))
        #expect(abs(state.now - 2) < 1e-9)
        state.update(.tick(wallSeconds: 100))
        #expect(abs(state.now - 2 - DeskState.longestTick * 10) < 1e-9, "a stalled frame must not make the clock jump")
    }

    @Test func speedKeys() {
        var state = makeState(speed: .times(10))
        state.update(.key(.character("+")))
        #expect(state.speed == .times(30))
        state.update(.key(.character("-")))
        state.update(.key(.character("-")))
        #expect(state.speed == .times(5))
        state.update(.key(.character("7")))
        #expect(state.speed == .maximum)
        state.update(.key(.character("+")))
        #expect(state.speed == .maximum)
        state.update(.key(.character("1")))
        #expect(state.speed == .times(1))
        state.update(.key(.character("-")))
        #expect(state.speed == .times(1))
        state.update(.key(.character(" ")))
        #expect(state.paused)
        state.update(.key(.character(" ")))
        #expect(!state.paused && state.speed == .times(1))
        state.update(.key(.character("0")))
        #expect(state.paused)
        state.update(.key(.character("4")))
        #expect(!state.paused && state.speed == .times(10))
    }

    @Test func maximumSpeedRunsInBoundedBatches() {
        var state = makeState(speed: .maximum)
        let before = state.sim.eventsHandled
        state.update(.tick(wallSeconds: 0.001))
        #expect(state.now > 0)
        #expect(state.now <= DeskState.maximumSecondsPerFrame)
        #expect(state.sim.eventsHandled - before <= DeskState.maximumEventsPerFrame)
    }

    @Test func breakingAReaderShowsAtOnceEvenWhilePaused() {
        var state = makeState(paused: true)
        state.update(.key(.character("b")))
        #expect(!state.scene.readers[0].working)
        #expect(text(state).contains("故障中"))
        #expect(text(state).contains("リーダー1が故障"))
        state.update(.key(.character("b")))
        #expect(state.scene.readers[0].working)
        state.update(.key(.character("r")))
        #expect(state.choosingReader)
        #expect(text(state).contains("リーダーの番号を押してください（1〜2）"))
        state.update(.key(.character("2")))
        #expect(!state.choosingReader)
        #expect(!state.scene.readers[1].working)
        state.update(.key(.character("r")))
        state.update(.key(.character("9")))
        #expect(!state.choosingReader && state.scene.readers.count == 2, "a reader that does not exist is ignored")
    }

    @Test func networkOutageCountsFaultsAsItHappens() {
        var state = makeState(TestScenario.make(mix: [(.mynaCard, 1)], faults: TestScenario.noFaults))
        state.update(.key(.character("n")))
        #expect(!state.scene.networkUp)
        #expect(text(state).contains("回線: 障害中"))
        state.advance(by: 1800)
        #expect(state.scene.faultsSeen > 0, "card patients meet the outage at the reader's result")
        #expect(state.sim.model.statistics.faults[Fault.outage.index].count > 0 || state.scene.deskQueue.count > 0)
        state.update(.key(.character("n")))
        #expect(state.scene.networkUp)
    }

    @Test func forcedUnrenderableNameGivesARareKanjiNameShownWithDots() {
        var state = makeState(TestScenario.make(mix: [(.mynaCard, 1)], faults: TestScenario.noFaults))
        state.update(.key(.character("k")))
        guard case .forced(.unrenderableName) = state.log.last?.kind else {
            Issue.record("the presenter's key is logged")
            return
        }
        let desk = Layout(width: 80, height: 24).desk
        var seenDots = false
        for _ in 0..<600 where !seenDots {
            state.advance(by: 5)
            let rows = DeskView.render(state).textLines()[desk.y..<desk.maxY]
            seenDots = rows.contains { $0.contains("●") }
        }
        #expect(seenDots, "the desk window shows the name as the terminal does, with ●")
        let struck = state.log.compactMap { entry -> PatientName? in
            if case .clinic(.fault(_, .unrenderableName), let name) = entry.kind { return name }
            return nil
        }
        #expect(struck.count == 1)
        #expect(struck.first?.hasRareKanji == true)
        #expect(state.scene.faultsSeen == 1)
    }

    @Test func forcedInvalidAndWrongPersonReachTheNextPatients() {
        var state = makeState(TestScenario.make(mix: [(.mynaCard, 1)], faults: TestScenario.noFaults))
        state.update(.key(.character("i")))
        state.advance(by: 1800)
        state.update(.key(.character("w")))
        state.advance(by: 1800)
        let faults = state.log.compactMap { entry -> Fault? in
            if case .clinic(.fault(_, let fault), _) = entry.kind { return fault }
            return nil
        }
        #expect(faults.contains(.eligibilityInvalid))
        #expect(faults.contains(.wrongPerson))
        #expect(state.scene.faultsRecovered == 2, "the autopilot recovers both by the book")
    }

    @Test func languageSwitchesLiveExceptWithoutUTF8() {
        var state = makeState(language: .ja)
        state.update(.key(.character("L")))
        #expect(state.language == .en)
        #expect(text(state).contains("Waiting room"))
        state.update(.key(.character("l")))
        #expect(state.language == .ja)
        var ascii = makeState(language: .ja, asciiOnly: true)
        #expect(ascii.language == .en)
        ascii.update(.key(.character("L")))
        #expect(ascii.language == .en)
        ascii.advance(by: 1800)
        #expect(DeskView.render(ascii).textLines().allSatisfy { $0.allSatisfy(\.isASCII) })
    }

    @Test func themeKeyCyclesTheBuiltins() {
        var state = makeState()
        #expect(state.update(.key(.character("t"))) == .theme("light"))
        #expect(state.update(.key(.character("t"))) == .theme("high-contrast"))
        #expect(state.update(.key(.character("T"))) == .theme("mono"))
        #expect(state.update(.key(.character("t"))) == .theme("default"))
    }

    @Test func helpListsEveryKeyAndClosesAgain() {
        var state = makeState(language: .en)
        state.update(.key(.character("?")))
        #expect(state.showHelp)
        let screen = text(state)
        for line in HelpOverlay.lines {
            #expect(screen.contains(line.text(.en)), "\(line)")
        }
        state.update(.key(.character("b")))
        #expect(state.scene.readers[0].working, "keys other than close and quit wait while help is open")
        state.update(.key(.escape))
        #expect(!state.showHelp)
        #expect(state.update(.key(.character("q"))) == .quit)
        state.update(.key(.character("?")))
        #expect(state.update(.key(.character("q"))) == .quit)
    }

    @Test func logScrollsAndFollowsAgain() {
        var state = makeState()
        state.advance(by: 3600)
        #expect(state.log.count > 10)
        state.update(.key(.up))
        #expect(state.logScroll == 1)
        state.update(.key(.pageUp))
        #expect(state.logScroll == 1 + 3)
        state.advance(by: 600)
        #expect(state.logScroll > 4, "a scrolled log keeps its place while new lines arrive")
        state.update(.key(.home))
        #expect(state.logScroll == state.log.count - 1)
        state.update(.key(.end))
        #expect(state.logScroll == 0)
        state.update(.key(.down))
        #expect(state.logScroll == 0)
    }

    @Test func resizeBelowTheMinimumAsksForMoreRoom() {
        var state = makeState(language: .en)
        state.update(.resize(width: 60, height: 20))
        #expect(text(state).contains("Enlarge the terminal to at least 80×24"))
        #expect(text(state).contains("(now 60×20)"))
        state.update(.resize(width: 100, height: 30))
        #expect(DeskView.render(state).width == 100)
        #expect(text(state).contains("Waiting room"))
    }

    @Test func aLongDayAtMaximumSpeedKeepsBoundedState() {
        var state = makeState(TestScenario.make(perHour: 60, hours: 8), speed: .maximum)
        var frames = 0
        while !state.dayOver && frames < 10_000 {
            state.update(.tick(wallSeconds: 0.016))
            frames += 1
        }
        #expect(state.dayOver)
        #expect(state.isIdle)
        #expect(state.log.count <= DeskState.logCapacity + DeskState.logCapacity / 4)
        #expect(state.queueHistory.count <= DeskState.historyMinutes)
        #expect(state.scene.patients.isEmpty, "patients are forgotten when they leave")
        #expect(text(state).contains("本日の受付終了"))
    }

    @Test func scenarioTextIsStrippedOfControlCharacters() throws {
        try #require(utf8Locale)
        var scenario = DeskFixture.scenario
        scenario.clinic = "悪\u{1B}[31m医院\u{07}\u{9B}2J"
        scenario.titleJa = "題\u{1B}]0;owned\u{07}名"
        let state = makeState(scenario)
        let screen = text(state)
        #expect(!screen.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || (0x7F..<0xA0).contains($0.value) })
        #expect(screen.contains("悪医院"))
        #expect(screen.contains("題名"))
    }

    @Test("every line is exactly the width", arguments: [(80, 24), (81, 25), (100, 30), (120, 40), (200, 60), (79, 24)])
    func linesFillTheWidth(_ size: (Int, Int)) throws {
        try #require(utf8Locale)
        for language in Language.allCases {
            var state = makeState(language: language, width: size.0, height: size.1)
            state.advance(by: 5400)
            for help in [false, true] {
                if help { state.update(.key(.character("?"))) }
                let lines = DeskView.render(state).textLines()
                #expect(lines.count == size.1)
                for line in lines { #expect(DisplayWidth.of(line) == size.0, "\(line)") }
            }
        }
    }
}
