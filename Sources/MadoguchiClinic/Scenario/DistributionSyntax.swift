import MadoguchiSim

/// Reads `{ dist = "lognormal", median = 30, p90 = 75 }` (or a bare number of seconds)
/// into a `Distribution`, checking that its parameters describe a real distribution.
enum DistributionSyntax {
    enum Kind: String, CaseIterable {
        case deterministic, uniform, triangular, exponential, erlang, gamma, lognormal, empirical

        /// The parameter sets each kind accepts; lognormal takes either pair.
        var parameterSets: [[String]] {
            switch self {
            case .deterministic: [["value"]]
            case .uniform: [["min", "max"]]
            case .triangular: [["min", "mode", "max"]]
            case .exponential: [["mean"]]
            case .erlang: [["k", "mean"]]
            case .gamma: [["shape", "scale"]]
            case .lognormal: [["median", "p90"], ["mean", "cv"]]
            case .empirical: [["values"]]
            }
        }
    }

    static func read(_ located: LocatedValue, readKeys: ReadKeys) throws(ScenarioError) -> Distribution {
        switch located.node.value {
        case .integer, .float:
            return .deterministic(try located.number(.nonNegative))
        case .table(let entries):
            let table = try TableReader(located, readKeys: readKeys)
            let dist = try table.value("dist")
            guard case .string(let name) = dist.node.value else { throw dist.wrongType(.string) }
            let names = Kind.allCases.map(\.rawValue)
            guard let kind = Kind(rawValue: name) else {
                throw dist.error(.unknownOption(name, accepted: names, suggestion: Suggestion.nearest(to: name, among: names)))
            }
            let sets = kind.parameterSets
            let allowed = Array(Set(sets.joined())).sorted()
            let given = Set(entries.keys).subtracting(["dist"])
            for key in given.sorted() where !allowed.contains(key) {
                let path = located.path.appending(key)
                throw ScenarioError(origin: entries[key]?.document.origin ?? located.node.document.origin,
                                    line: entries[key]?.line, key: path.description,
                                    problem: .config(.unknownKey(suggestion: Suggestion.nearest(to: key, among: allowed),
                                                                 known: ["dist"] + allowed)))
            }
            guard sets.contains(where: { Set($0) == given }) else {
                throw located.error(.distribution(name: name, .parameters(accepted: sets)))
            }
            return try build(kind, table, located)
        default:
            throw located.wrongType(.distribution)
        }
    }

    private static func build(_ kind: Kind, _ t: TableReader, _ located: LocatedValue) throws(ScenarioError) -> Distribution {
        func fail(_ rule: ScenarioError.DistributionRule) -> ScenarioError {
            located.error(.distribution(name: kind.rawValue, rule))
        }
        switch kind {
        case .deterministic:
            return .deterministic(try t.number("value", .nonNegative))
        case .uniform:
            let lo = try t.number("min", .nonNegative), hi = try t.number("max", .nonNegative)
            guard lo <= hi else { throw fail(.minAboveMax) }
            return .uniform(min: lo, max: hi)
        case .triangular:
            let lo = try t.number("min", .nonNegative), mode = try t.number("mode", .nonNegative)
            let hi = try t.number("max", .nonNegative)
            guard lo <= mode, mode <= hi, lo < hi else { throw fail(.modeOutside) }
            return .triangular(min: lo, mode: mode, max: hi)
        case .exponential:
            return .exponential(mean: try t.number("mean", .positive))
        case .erlang:
            let k = try t.value("k")
            guard case .integer(let shape) = k.node.value, shape >= 1 else {
                throw k.error(.distribution(name: kind.rawValue, .kNotPositiveInteger))
            }
            return .erlang(k: shape, mean: try t.number("mean", .positive))
        case .gamma:
            return .gamma(shape: try t.number("shape", .positive), scale: try t.number("scale", .positive))
        case .lognormal where t.has("median"):
            let median = try t.number("median", .positive), p90 = try t.number("p90", .positive)
            guard p90 > median else { throw fail(.p90NotAboveMedian) }
            return .lognormal(median: median, p90: p90)
        case .lognormal:
            return .lognormal(mean: try t.number("mean", .positive), cv: try t.number("cv", .positive))
        case .empirical:
            let values = try t.value("values")
            guard case .array(let elements) = values.node.value else { throw values.wrongType(.numberArray) }
            guard !elements.isEmpty else { throw fail(.emptyValues) }
            var numbers: [Double] = []
            for (i, element) in elements.enumerated() {
                numbers.append(try LocatedValue(node: element, path: values.path.appending(index: i)).number(.nonNegative))
            }
            return .empirical(numbers)
        }
    }
}
