/// Reads `[[outages]]`: the network, or one reader numbered from 1 as staff count them.
enum OutageSyntax {
    static let kinds = ["network", "reader"]

    static func read(_ tables: [TableReader], readers: Int) throws(ScenarioError) -> [Outage] {
        var outages: [Outage] = []
        for t in tables {
            let kindValue = try t.value("kind")
            guard case .string(let kindName) = kindValue.node.value else { throw kindValue.wrongType(.string) }
            let kind: Outage.Kind
            switch kindName {
            case "network":
                kind = .network
            case "reader":
                let number = try t.value("reader")
                let n = try number.integer(.integerAtLeast(1))
                guard n <= readers else { throw number.error(.outageReaderOutOfRange(n, readers: readers)) }
                kind = .reader(n - 1)
            default:
                throw kindValue.error(.unknownOption(kindName, accepted: kinds,
                                                     suggestion: Suggestion.nearest(to: kindName, among: kinds)))
            }
            let from = try t.clock("from")
            let to = try t.value("to")
            let toTime = try to.clock()
            guard from < toTime else { throw to.error(.timesOutOfOrder(from: from, to: toTime)) }
            outages.append(Outage(kind: kind, from: from, to: toTime))
        }
        return outages
    }
}
