import Testing

/// The oracles themselves, against values computed by hand or from simpler special cases.
@Suite struct QueueingTheoryTests {
    @Test func erlangBMatchesClosedForms() {
        #expect(abs(QueueingTheory.erlangB(servers: 1, load: 2) - 2.0 / 3) < 1e-12)
        // B(3, 2) = (2³/3!) / (1 + 2 + 2 + 8/6) = 4/19.
        #expect(abs(QueueingTheory.erlangB(servers: 3, load: 2) - 4.0 / 19) < 1e-12)
    }

    @Test func erlangCReducesToMM1() {
        #expect(abs(QueueingTheory.erlangC(servers: 1, load: 0.7) - 0.7) < 1e-12)
        #expect(abs(QueueingTheory.mmcMeanWait(arrivalRate: 0.9, serviceRate: 1, servers: 1) - 9) < 1e-9)
        // M/M/2 at λ = 1, μ = 1: C = 1/3, Wq = (1/3) / (2 − 1).
        #expect(abs(QueueingTheory.mmcMeanWait(arrivalRate: 1, serviceRate: 1, servers: 2) - 1.0 / 3) < 1e-12)
    }

    @Test func pollaczekKhinchineWithExponentialServiceIsMM1() {
        let mg1 = QueueingTheory.mg1MeanWait(arrivalRate: 0.8, serviceMean: 1, serviceSecondMoment: 2)
        let mm1 = QueueingTheory.mmcMeanWait(arrivalRate: 0.8, serviceRate: 1, servers: 1)
        #expect(abs(mg1 - mm1) < 1e-12)
    }
}
