import MadoguchiSim
import MadoguchiTestSupport
import Testing
@testable import MadoguchiClinic

/// Patients arriving in the warm-up count as arrived and in nothing else.
@Suite struct WarmupTests {
    /// Every patient statistic of the model against the fold of the records of patients who
    /// arrived after the warm-up, exactly: the same values tallied in the same order.
    static func expect(_ s: ClinicStatistics, equals fold: RecordFold, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(s.arrived == fold.arrived, sourceLocation: sourceLocation)
        #expect(s.counted == fold.counted, sourceLocation: sourceLocation)
        #expect(s.count(.reneged) == fold.reneged, sourceLocation: sourceLocation)
        #expect(s.wait.tally == Tally(fold.waits), sourceLocation: sourceLocation)
        expect(s.wait.histogram, recorded: fold.waits, sourceLocation: sourceLocation)
        #expect(s.timeAtReception.tally == Tally(fold.timesAtReception), sourceLocation: sourceLocation)
        for path in CredentialPath.allCases {
            #expect(s.countByPath[path.index] == fold.patientsByPath[path] ?? 0, "\(path)", sourceLocation: sourceLocation)
            #expect(s.waitStats(path).tally == Tally(fold.waitsByPath[path] ?? []), "\(path)", sourceLocation: sourceLocation)
        }
        for outcome in Outcome.allCases {
            #expect(s.count(outcome) == fold.outcomes[outcome] ?? 0, "\(outcome)", sourceLocation: sourceLocation)
        }
        for fault in Fault.allCases {
            #expect(s.stats(fault).count == fold.struck[fault] ?? 0, "\(fault)", sourceLocation: sourceLocation)
            #expect(s.stats(fault).recovery.tally == Tally(fold.recoveries[fault] ?? []), "\(fault)", sourceLocation: sourceLocation)
            for outcome in Outcome.allCases {
                #expect(s.stats(fault).outcomes[outcome.index] == fold.faultOutcomes[fault]?[outcome] ?? 0,
                        "\(fault) \(outcome)", sourceLocation: sourceLocation)
            }
        }
        #expect(s.onlineConfirmations == fold.onlineConfirmations, sourceLocation: sourceLocation)
        #expect(s.mynaConfirmations == fold.myNumberConfirmations, sourceLocation: sourceLocation)
    }

    /// The wait histogram, merged from the paths' ones, against the waits recorded in order.
    static func expect(_ histogram: DurationHistogram, recorded values: [Double], sourceLocation: SourceLocation = #_sourceLocation) {
        var recorded = DurationHistogram()
        for value in values { recorded.record(seconds: value) }
        #expect(histogram.count == recorded.count, sourceLocation: sourceLocation)
        #expect(histogram.max == recorded.max, sourceLocation: sourceLocation)
        for p in [0, 10, 50, 90, 95, 99, 100.0] {
            #expect(histogram.percentile(p) == recorded.percentile(p), "p\(p)", sourceLocation: sourceLocation)
        }
    }

    static var scenario: Scenario {
        var s = TestScenario.make(perHour: 50, hours: 4, patience: .lognormal(median: 1800, p90: 3600),
                                  outages: [Outage(kind: .network, from: ClockTime("09:00")!, to: ClockTime("09:15")!),
                                            Outage(kind: .network, from: ClockTime("10:30")!, to: ClockTime("10:50")!)])
        s.warmup = 3600
        return s
    }

    @Test func patientsOfTheWarmupCountInNoStatistic() {
        let (statistics, records, log) = ClinicRunRecorder.run(Self.scenario, seed: 8)
        let fold = RecordFold(records, warmup: Self.scenario.warmup, log: log)
        #expect(fold.arrived - fold.counted > 30, "the warm-up holds patients")
        #expect(fold.reneged > 0 && fold.struck[.outage] ?? 0 > 0 && fold.onlineConfirmations > 0)
        Self.expect(statistics, equals: fold)
    }

    /// The warm-up changes what is counted, never what happens: without it the same
    /// patients have the same day, and all of them count.
    @Test func theWarmupChangesNoPatientsDay() {
        var none = Self.scenario
        none.warmup = 0
        let (_, records, _) = ClinicRunRecorder.run(Self.scenario, seed: 8)
        let (statistics, recordsWithout, log) = ClinicRunRecorder.run(none, seed: 8)
        #expect(records == recordsWithout)
        Self.expect(statistics, equals: RecordFold(recordsWithout, warmup: 0, log: log))
    }

    /// Past `DurationHistogram.exactLimit` waits, where the histograms count in buckets.
    @Test func theWaitHistogramIsTheFoldsInBucketsToo() {
        let scenario = TestScenario.make(desks: 6, readers: 4, perHour: 300, hours: 16)
        let (statistics, records, log) = ClinicRunRecorder.run(scenario, seed: 3)
        let fold = RecordFold(records, warmup: 0, log: log)
        #expect(fold.waits.count > DurationHistogram.exactLimit)
        Self.expect(statistics, equals: fold)
    }
}
