/// Reads a `[mix.*]` table: each known option with its share, shares summing to 1, none
/// given a share on a `date` before it existed.
enum MixSyntax {
    /// Shares are typed by hand as decimals; this much rounding is forgiven.
    static let sumTolerance = 1e-6

    /// Options keep the order of `options`, not of the file, so sampling is the same
    /// whichever way round a user writes the table.
    static func read<Option: Introduced & Hashable & Sendable>(
        _ located: LocatedValue, options: [Option], on day: ScenarioDay?, readKeys: ReadKeys
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
            let share = try table.probability(key)
            if share > 0, let day, let introduced = option.introduced, introduced > day.date {
                throw try table.value(key).blamed(over: day.value).error(.notYetIntroduced(key, introduced: introduced, date: day.date))
            }
            shares[option] = share
        }
        let sum = shares.values.reduce(0, +)
        guard abs(sum - 1) <= sumTolerance else { throw located.error(.mixSum(sum)) }
        return Mix(options.compactMap { option in shares[option].map { (option, $0) } })
    }
}
