import Foundation
import MadoguchiTestSupport
import Testing
@testable import MadoguchiClinic

/// Hundreds of damaged scenario files through the loader: each must load into a valid
/// scenario or fail with a ScenarioError naming its file, and none may trap.
@Suite struct ScenarioMutationTests {
    static let mutantCount = 480

    /// SplitMix64: a few lines, and the same mutants on every machine.
    struct Seeded {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }
        mutating func pick<T>(_ options: [T]) -> T { options[below(options.count)] }
    }

    enum Mutation: CaseIterable {
        case deleteLine, duplicateLine, swapLines, negateNumber, hugeNumber, nonFiniteNumber, numberToString
        case flipCharacter, flipBit, insertBytes, truncate
    }

    static func mutate(_ bytes: [UInt8], _ mutation: Mutation, _ rng: inout Seeded) -> [UInt8] {
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        func joined() -> [UInt8] { Array(lines.joined(separator: [0x0A])) }
        switch mutation {
        case .deleteLine:
            lines.remove(at: rng.below(lines.count))
            return joined()
        case .duplicateLine:
            let i = rng.below(lines.count)
            lines.insert(lines[i], at: i + rng.below(2))
            return joined()
        case .swapLines:
            lines.swapAt(rng.below(lines.count), rng.below(lines.count))
            return joined()
        case .negateNumber, .hugeNumber, .nonFiniteNumber, .numberToString:
            let numbers = numberRanges(bytes)
            guard !numbers.isEmpty else { return bytes }
            let range = rng.pick(numbers)
            let old = Array(bytes[range])
            let new: [UInt8] = switch mutation {
            case .negateNumber: Array("-".utf8) + old
            case .hugeNumber: Array(rng.pick(["1e308", "99999999999999999999", "1e400", "9223372036854775807", "4e7"]).utf8)
            case .nonFiniteNumber: Array(rng.pick(["nan", "inf", "-inf", "+nan", "NaN"]).utf8)
            default: Array("\"".utf8) + old + Array("\"".utf8)
            }
            return Array(bytes[..<range.lowerBound]) + new + Array(bytes[range.upperBound...])
        case .flipCharacter:
            var out = bytes
            out[rng.below(out.count)] = rng.pick(Array("=[]{}\"'#.,:-0123456789abz \t".utf8))
            return out
        case .flipBit:
            var out = bytes
            out[rng.below(out.count)] ^= 1 << UInt8(rng.below(8))
            return out
        case .insertBytes:
            let junk = (0..<(1 + rng.below(8))).map { _ in rng.pick([0x00, 0xFF, 0xC3, 0x80, 0xE3, 0x1B, 0x7F, UInt8(rng.below(256))]) }
            let at = rng.below(bytes.count + 1)
            return Array(bytes[..<at]) + junk + Array(bytes[at...])
        case .truncate:
            return Array(bytes.prefix(rng.below(bytes.count)))
        }
    }

    /// Runs of digits (with a point) that stand alone: the numbers of a TOML text.
    static func numberRanges(_ bytes: [UInt8]) -> [Range<Int>] {
        func isDigit(_ b: UInt8) -> Bool { (0x30...0x39).contains(b) }
        func isWord(_ b: UInt8) -> Bool { isDigit(b) || b == 0x2E || b == 0x5F || (0x41...0x7A).contains(b) }
        var ranges: [Range<Int>] = []
        var i = 0
        while i < bytes.count {
            if isDigit(bytes[i]) && (i == 0 || !isWord(bytes[i - 1])) {
                var j = i
                while j < bytes.count && (isDigit(bytes[j]) || bytes[j] == 0x2E) { j += 1 }
                if j == bytes.count || !isWord(bytes[j]) { ranges.append(i..<j) }
                i = j
            } else {
                i += 1
            }
        }
        return ranges
    }

    /// What any loaded scenario must satisfy, however odd its file.
    static func checkValid(_ s: Scenario, _ origin: String) {
        let probabilities = [s.firstVisitShare, s.patients.pinKnown, s.patients.backupCredential,
                             s.patients.refusesEverything, s.faults[.readerError], s.faults.readerErrorRetryFails,
                             s.faults[.faceMismatch], s.faults.faceRetryFails, s.faults[.pinLock],
                             s.faults[.eligibilityInvalid], s.faults[.certificateExpired], s.faults[.unrenderableName],
                             s.faults[.wrongPerson], s.faults[.needsHelp]]
        #expect(probabilities.allSatisfy { (0...1).contains($0) }, "\(origin)")
        for shares in [s.pathMix.shares, s.paths[.mynaCard].methods.shares, s.paths[.mynaPhone].methods.shares] {
            #expect(abs(shares.reduce(0, +) - 1) < 1e-6 && shares.allSatisfy { $0 >= 0 }, "\(origin)")
        }
        #expect(s.desks >= 1 && s.readers >= 0 && s.replications >= 1, "\(origin)")
        #expect(s.opening.secondsSinceMidnight < 86_400 && s.closing > s.opening, "\(origin)")
        #expect(s.warmup >= 0 && s.warmup < s.closing.secondsSinceMidnight - s.opening.secondsSinceMidnight, "\(origin)")
        #expect(s.arrivals.allSatisfy { $0.from >= s.opening && $0.to <= s.closing && $0.from < $0.to }, "\(origin)")
        #expect(s.arrivals.allSatisfy { $0.perHour >= 0 && $0.perHour.isFinite }, "\(origin)")
        #expect(s.arrivalRate.expectedArrivals <= ScenarioLimits.patients, "\(origin)")
        #expect(s.outages.allSatisfy { o in
            if case .reader(let r) = o.kind, !(0..<s.readers).contains(r) { return false }
            return o.from < o.to
        }, "\(origin)")
        if s.readers == 0 { #expect(s.pathMix.share(of: .mynaCard) + s.pathMix.share(of: .mynaPhone) == 0) }
    }

    static var sources: [[UInt8]] {
        ScenarioLoader.builtinNames.map { Array(BuiltinScenarios.texts[$0]!.utf8) } + [Array(BuiltinScenarios.defaults.utf8)]
    }

    /// Mutant `n`: one to three mutations of a built-in scenario or of the defaults.
    static func mutant(_ n: Int, sources: [[UInt8]]) -> (bytes: [UInt8], applied: [Mutation]) {
        var rng = Seeded(state: UInt64(n))
        var bytes = sources[n % sources.count]
        var applied: [Mutation] = []
        for _ in 0..<(1 + rng.below(3)) {
            let mutation = rng.pick(Mutation.allCases)
            applied.append(mutation)
            bytes = Self.mutate(bytes, mutation, &rng)
        }
        return (bytes, applied)
    }

    /// Loads a mutant in this process, from a file or from its bytes.
    static func load(_ bytes: [UInt8], origin: String, byPath: Bool) -> Result<Scenario, ScenarioError> {
        do {
            return .success(byPath ? try ScenarioLoader.load(nameOrPath: origin) : try ScenarioLoader.parse(data: bytes, origin: origin))
        } catch {
            return .failure(error)
        }
    }

    @Test func damagedFilesLoadOrFailCleanly() throws {
        let sources = Self.sources
        let dir = try RepositoryFiles.temporaryDirectory("mutants")
        defer { try? FileManager.default.removeItem(at: dir) }
        var loaded = 0, refused: [String: Int] = [:]
        for n in 0..<Self.mutantCount {
            let (bytes, applied) = Self.mutant(n, sources: sources)
            let byPath = n % 2 == 0
            let origin = byPath ? dir.appendingPathComponent("mutant-\(n).toml").path : "mutant-\(n).toml"
            if byPath { try Data(bytes).write(to: URL(fileURLWithPath: origin)) }
            switch Self.load(bytes, origin: origin, byPath: byPath) {
            case .success(let scenario):
                Self.checkValid(scenario, origin)
                loaded += 1
            case .failure(let error):
                #expect(error.origin.hasPrefix(origin), "mutant \(n) \(applied): \(error)")
                for language in Language.allCases {
                    let message = error.message(in: language)
                    #expect(message.hasPrefix(origin) && message.count > origin.count + 10, "mutant \(n) \(applied): \(message)")
                }
                refused[String(describing: error.problem).prefix { $0 != "(" }.description, default: 0] += 1
            }
        }
        // Both outcomes must be common, and the refusals of many kinds, or the mutations are
        // too gentle or too harsh to say much.
        let refusals = refused.values.reduce(0, +)
        #expect(loaded >= Self.mutantCount / 10 && refusals >= Self.mutantCount / 10, "loaded \(loaded), refused \(refusals)")
        #expect(refused.count >= 8, "refusals by problem: \(refused)")
    }

    /// A trap kills the process it happens in, so it cannot be counted in this one: every
    /// 32nd mutant goes through the real program, `madoguchi run FILE`, which must run
    /// it (status 0) or refuse it with one line naming the file (status 2), never die of a
    /// signal; and it runs exactly the mutants this process loads.
    @Test func theProgramRunsOrRefusesEveryMutantWithoutATrap() throws {
        let sources = Self.sources
        let dir = try RepositoryFiles.temporaryDirectory("mutants-run")
        defer { try? FileManager.default.removeItem(at: dir) }
        var ran = 0, refused = 0, traps: [String] = []
        for n in stride(from: 0, to: Self.mutantCount, by: 32) {
            let (bytes, applied) = Self.mutant(n, sources: sources)
            let path = dir.appendingPathComponent("mutant-\(n).toml").path
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            let result = try MadoguchiBinary.run(["run", path, "--replications", "1", "--lang", "en"])
            if let signal = result.signal {
                traps.append("mutant \(n) \(applied): signal \(signal)")
                continue
            }
            switch Self.load(bytes, origin: path, byPath: true) {
            case .success:
                #expect(result.status == 0, "mutant \(n) \(applied) loads but the program says: \(result.stderr)")
                ran += 1
            case .failure:
                #expect(result.status == 2, "mutant \(n) \(applied): status \(result.status)")
                #expect(result.stderr.hasPrefix("madoguchi: \(path)") && result.stderr.split(separator: "\n").count == 1,
                        "mutant \(n) \(applied): \(result.stderr)")
                refused += 1
            }
        }
        #expect(traps.isEmpty, "\(traps)")
        #expect(ran > 0 && refused > 0, "ran \(ran), refused \(refused)")
    }
}
