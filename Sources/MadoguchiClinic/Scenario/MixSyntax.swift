/// Reads a `[mix.*]` table: each known option with its share, shares summing to 1.
enum MixSyntax {
    /// Shares are typed by hand as decimals; this much rounding is forgiven.
    static let sumTolerance = 1e-6

    /// Options keep the order of `options`, not of the file, so sampling is the same
    /// whichever way round a user writes the table.
    static func read<Option: RawRepresentable<String> & Hashable & Sendable>(
        _ located: LocatedValue, options: [Option], readKeys: ReadKeys
    ) throws(ScenarioError) -> Mix<Option> {
        let table = try TableReader(located, readKeys: readKeys)
        let accepted = options.map(\.rawValue)
        var shares: [Option: Double] = [:]
        for key in table.keys {
            guard let option = Option(rawValue: key), options.contains(option) else {
                let path = located.path.appending(key)
                throw ScenarioError(origin: table.entries[key]?.document.origin ?? located.node.document.origin,
                                    line: table.entries[key]?.line, key: path.description,
                                    problem: .unknownOption(key, accepted: accepted,
                                                            suggestion: Suggestion.nearest(to: key, among: accepted)))
            }
            shares[option] = try table.probability(key)
        }
        let sum = shares.values.reduce(0, +)
        guard abs(sum - 1) <= sumTolerance else { throw located.error(.mixSum(sum)) }
        return Mix(options.compactMap { option in shares[option].map { (option, $0) } })
    }
}
