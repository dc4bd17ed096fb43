import Foundation
import MadoguchiClinic
import MadoguchiSim
import Testing
@testable import MadoguchiLab

/// Maximum-likelihood fits recover the parameters they were drawn with, and AIC names the
/// family the data came from (the design: FitDesign).
@Suite struct FitRecoveryTests {
    @Test func lognormalFromMedianAndP90() throws {
        var rng = Xoshiro256(seed: 11)
        let values = FitDesign.draw(.lognormal(median: 30, p90: 75), count: FitDesign.sampleSize, &rng)
        let comparison = FitComparison(try #require(DurationSample(values)))
        let fit = comparison.fit(.lognormal)
        let median = try #require(fit.parameter("median")).interval(level: FitDesign.intervalLevel)
        let p90 = try #require(fit.parameter("p90")).interval(level: FitDesign.intervalLevel)
        #expect(median.contains(30), "\(median)")
        #expect(p90.contains(75), "\(p90)")
        #expect(comparison.best.family == .lognormal)
    }

    @Test func gammaShapeAndScale() throws {
        var rng = Xoshiro256(seed: 12)
        let values = FitDesign.draw(.gamma(shape: 2, scale: 30), count: FitDesign.sampleSize, &rng)
        let comparison = FitComparison(try #require(DurationSample(values)))
        let fit = comparison.fit(.gamma)
        let shape = try #require(fit.parameter("shape")).interval(level: FitDesign.intervalLevel)
        let scale = try #require(fit.parameter("scale")).interval(level: FitDesign.intervalLevel)
        #expect(shape.contains(2), "\(shape)")
        #expect(scale.contains(30), "\(scale)")
        #expect(comparison.best.family == .gamma)
    }

    @Test func exponentialMean() throws {
        var rng = Xoshiro256(seed: 13)
        let values = FitDesign.draw(.exponential(mean: 40), count: FitDesign.sampleSize, &rng)
        let fit = FitComparison(try #require(DurationSample(values))).fit(.exponential)
        let mean = try #require(fit.parameter("mean")).interval(level: FitDesign.intervalLevel)
        #expect(mean.contains(40), "\(mean)")
    }

    @Test func exponentialWinsMostExponentialSamples() throws {
        var rng = Xoshiro256(seed: 14)
        var wins = 0
        for _ in 0..<FitDesign.exponentialSamples {
            let values = FitDesign.draw(.exponential(mean: 40), count: FitDesign.exponentialSampleSize, &rng)
            if FitComparison(try #require(DurationSample(values))).best.family == .exponential { wins += 1 }
        }
        #expect(wins >= FitDesign.exponentialWinsAtLeast, "\(wins) of \(FitDesign.exponentialSamples)")
    }
}

/// The pieces of the fit against known values (SciPy 1.17: special.digamma, polygamma,
/// gammainc) and against their defining equations.
@Suite struct FitMathTests {
    @Test func specialFunctions() {
        #expect(abs(SpecialFunctions.digamma(1) + 0.5772156649015329) < 1e-13)
        #expect(abs(SpecialFunctions.digamma(0.37) + 2.7953014108905636) < 1e-12)
        #expect(abs(SpecialFunctions.digamma(23.5) - 3.135572954863946) < 1e-13)
        #expect(abs(SpecialFunctions.trigamma(1) - Double.pi * Double.pi / 6) < 1e-12)
        #expect(abs(SpecialFunctions.trigamma(0.37) - 8.360473827799098) < 1e-11)
        #expect(abs(SpecialFunctions.trigamma(23.5) - 0.04347141626694677) < 1e-14)
        #expect(abs(SpecialFunctions.regularizedGammaP(2.5, 3.1) - 0.7127583165744391) < 1e-13)
        #expect(abs(SpecialFunctions.regularizedGammaP(0.3, 0.01) - 0.27924099635901484) < 1e-13)
        #expect(abs(SpecialFunctions.regularizedGammaP(40, 35) - 0.219809554825318) < 1e-12)
        #expect(abs(SpecialFunctions.regularizedGammaP(1, 2) - (1 - exp(-2))) < 1e-14)
    }

    /// Twenty durations fitted by SciPy 1.17 (`stats.gamma.fit`, `stats.lognorm.fit` with
    /// `floc=0`, the exponential's mean; AIC from `logpdf`, KS from `kstest`).
    @Test func agreesWithSciPy() throws {
        let values = [12.1, 45.3, 30.2, 18.7, 66.0, 25.5, 39.9, 14.2, 90.4, 28.8, 21.3, 33.3, 52.7, 9.8, 27.4, 41.6, 19.9, 35.0, 23.2, 60.1]
        let comparison = FitComparison(try #require(DurationSample(values)))
        func close(_ a: Double?, _ b: Double, _ tolerance: Double = 1e-6) -> Bool { a.map { abs($0 - b) <= tolerance * abs(b) } ?? false }
        let gamma = comparison.fit(.gamma), lognormal = comparison.fit(.lognormal), exponential = comparison.fit(.exponential)
        #expect(close(gamma.parameter("shape")?.value, 3.421904724960225, 1e-5))
        #expect(close(gamma.parameter("scale")?.value, 10.161007624314893, 1e-5))
        #expect(close(gamma.aic, 173.9142798182788))
        #expect(close(gamma.ksDistance, 0.07847032129683773, 1e-5))
        #expect(close(lognormal.parameter("median")?.value, 29.83192783358061))
        #expect(close(lognormal.parameter("p90")?.value, 61.16560315185241))
        #expect(close(lognormal.aic, 173.40674302528677))
        #expect(close(lognormal.ksDistance, 0.05741115249302384))
        #expect(close(exponential.parameter("mean")?.value, 34.77, 1e-12))
        #expect(close(exponential.aic, 183.95019784079082))
        #expect(close(exponential.ksDistance, 0.26597994718732354))
        #expect(comparison.fits.map(\.family) == [.lognormal, .gamma, .exponential])
    }

    /// At the maximum the log-likelihood is lower a little to either side in every parameter.
    @Test func gammaFitIsTheMaximum() throws {
        var rng = Xoshiro256(seed: 21)
        let values = FitDesign.draw(.lognormal(median: 50, p90: 200), count: 300, &rng)
        let sample = try #require(DurationSample(values))
        let fit = GammaFit.fit(sample)
        guard case .gamma(let k, let theta) = fit.distribution else { Issue.record("not a gamma"); return }
        func logLikelihood(_ k: Double, _ theta: Double) -> Double {
            values.reduce(0) { $0 + (k - 1) * log($1) - $1 / theta - k * log(theta) - lgamma(k) }
        }
        #expect(abs(logLikelihood(k, theta) - fit.logLikelihood) < 1e-8 * abs(fit.logLikelihood))
        for (dk, dt) in [(1.001, 1.0), (0.999, 1.0), (1.0, 1.001), (1.0, 0.999)] {
            #expect(logLikelihood(k * dk, theta * dt) < fit.logLikelihood)
        }
    }

    @Test func ksDistanceOfAKnownSample() {
        // Sample 1, 2, 3 against the uniform on [0, 4]: F = 0.25, 0.5, 0.75 against steps of
        // 1/3; the largest gap is 1 − 0.75 = 0.25 at the last point, 1/3 − 0.25 before it.
        let d = KolmogorovSmirnov.distance(sorted: [1, 2, 3]) { $0 / 4 }
        #expect(abs(d - 0.25) < 1e-15)
    }

    @Test func scenarioNumbers() {
        #expect(ScenarioNumber.format(31.2549, significant: 4) == "31.25")
        #expect(ScenarioNumber.format(123_456, significant: 4) == "123500")
        #expect(ScenarioNumber.format(0.0123456, significant: 3) == "0.0123")
        #expect(ScenarioNumber.format(40, significant: 4) == "40")
    }

    /// The line printed for each family reads back through the scenario loader as the
    /// distribution fitted, up to the four digits printed.
    @Test func scenarioLineLoads() throws {
        var rng = Xoshiro256(seed: 22)
        let values = FitDesign.draw(.lognormal(median: 60, p90: 150), count: 200, &rng)
        let comparison = FitComparison(try #require(DurationSample(values)))
        for family in DistributionFamily.allCases {
            let fit = comparison.fit(family)
            let scenario = try ScenarioLoader.load(nameOrPath: "default", overrides: [("times.registration", fit.scenarioLine)])
            let loaded = scenario.times.registration
            #expect(abs(loaded.mean - fit.distribution.mean) < 1e-3 * fit.distribution.mean, "\(family): \(fit.scenarioLine)")
            #expect(abs(loaded.secondMoment - fit.distribution.secondMoment) < 1e-2 * fit.distribution.secondMoment)
        }
    }
}

/// Reading the column to fit: CSV as RFC 4180 has it, and one clear error for each kind of
/// bad input, naming the file and line.
@Suite struct DurationColumnTests {
    func file(_ text: String, _ name: String = #function) throws -> String {
        let path = temporaryDirectory(name) + "/data.csv"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The error reading `text` gives, with the file's path left out.
    func failure(_ text: String, column: String = "secs", _ name: String = #function) throws -> FitError? {
        let path = try file(text, name)
        do {
            _ = try DurationColumn.read(path: path, column: column)
            return nil
        } catch {
            return error.replacingPath(path)
        }
    }

    @Test func readsQuotedFieldsCRLFAndABOMAndSkipsEmptyFields() throws {
        let path = try file("\u{FEFF}id,\"note\",secs\r\n1,\"a, \"\"quoted\"\"\nnote\",12.5\r\n2,,\r\n\r\n3,x, 40 \r\n")
        let column = try DurationColumn.read(path: path, column: "secs")
        #expect(column.values == [12.5, 40])
        #expect(column.emptyFields == 1)
    }

    @Test func refusesBadInputNamingTheLine() throws {
        #expect(try failure("id,secs\n1,12\n", column: "seconds") == .missingColumn(path: "F", column: "seconds", header: ["id", "secs"]))
        #expect(try failure("secs\n12\nabc\n") == .notANumber(path: "F", line: 3, column: "secs", text: "abc"))
        #expect(try failure("secs\n12\n0x1p3\n") == .notANumber(path: "F", line: 3, column: "secs", text: "0x1p3"))
        #expect(try failure("secs\n12\nnan\n") == .notANumber(path: "F", line: 3, column: "secs", text: "nan"))
        #expect(try failure("secs\n12\n\n-4\n") == .notPositive(path: "F", line: 4, column: "secs", text: "-4"))
        #expect(try failure("secs\n0\n") == .notPositive(path: "F", line: 2, column: "secs", text: "0"))
        #expect(try failure("id,secs\n1,12\n2,13,14\n") == .fieldCount(path: "F", line: 3, found: 3, expected: 2))
        #expect(try failure("id,secs\n1,\"12\n2,13\n") == .unterminatedQuote(path: "F", line: 2))
        #expect(try failure("") == .empty(path: "F"))
        #expect(try failure("secs\n12\n") == .tooFew(path: "F", column: "secs", count: 1))
        #expect(try failure("secs\n12\n12\n") == .noSpread(path: "F", column: "secs", value: "12"))
        #expect(try failure("secs\n12\n\u{0}13\n") == .notText(path: "F"))
    }

    @Test func refusesBytesThatAreNotUTF8() throws {
        let path = temporaryDirectory() + "/latin1.csv"
        try Data([0x73, 0x65, 0x63, 0x73, 0x0A, 0x31, 0x32, 0xE9, 0x0A]).write(to: URL(fileURLWithPath: path))
        #expect(throws: FitError.notText(path: path)) { try DurationColumn.read(path: path, column: "secs") }
    }

    @Test func messagesNameFileLineAndWhatIsAccepted() {
        let error = FitError.notANumber(path: "study.csv", line: 7, column: "secs", text: "n/a")
        #expect(error.message.en == "study.csv:7: column 'secs': 'n/a' is not a number. Accepted: a duration in seconds, like 42 or 42.5 (an empty field is skipped).")
        #expect(error.message.ja.hasPrefix("study.csv:7: 列 'secs': 'n/a' は数値ではありません。"))
    }
}

extension FitError {
    /// The same error with `path` written as "F", to compare errors from temporary files.
    func replacingPath(_ path: String) -> FitError {
        switch self {
        case .unreadable(_, let reason): .unreadable(path: "F", reason: reason)
        case .notText: .notText(path: "F")
        case .empty: .empty(path: "F")
        case .unterminatedQuote(_, let line): .unterminatedQuote(path: "F", line: line)
        case .fieldCount(_, let line, let found, let expected): .fieldCount(path: "F", line: line, found: found, expected: expected)
        case .missingColumn(_, let column, let header): .missingColumn(path: "F", column: column, header: header)
        case .notANumber(_, let line, let column, let text): .notANumber(path: "F", line: line, column: column, text: text)
        case .notPositive(_, let line, let column, let text): .notPositive(path: "F", line: line, column: column, text: text)
        case .tooFew(_, let column, let count): .tooFew(path: "F", column: column, count: count)
        case .noSpread(_, let column, let value): .noSpread(path: "F", column: column, value: value)
        }
    }
}
