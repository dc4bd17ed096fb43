import Foundation

/// `madoguchi run --format csv`: one row per estimate of the JSON, named by its key path
/// (`wait_by_path.myna_card.wait_seconds.p90`), each row led by the run's scenario, seed
/// and replications so that rows of several runs can go into one table. The numbers are
/// the JSON's, to the last digit.
public enum RunCSV {
    public static let header = "scenario,seed,replications,key,mean,ci95_low,ci95_high"

    /// The JSON read back as a tree: objects and the estimates at their leaves.
    indirect enum Node: Decodable {
        case estimate(Estimate)
        case object([String: Node])
        case other

        init(from decoder: Decoder) throws {
            if let estimate = try? Estimate(from: decoder) {
                self = .estimate(estimate)
            } else if let object = try? [String: Node](from: decoder) {
                self = .object(object)
            } else {
                self = .other
            }
        }
    }

    public static func text(_ summary: RunSummary) throws -> String {
        let tree = try JSONDecoder().decode(Node.self, from: JSONEncoder().encode(summary))
        let lead = [CSV.field(summary.scenario.origin), String(summary.seed), String(summary.replications)]
        var rows = [header]
        func walk(_ node: Node, _ path: [String]) {
            switch node {
            case .estimate(let e):
                rows.append((lead + [CSV.field(path.joined(separator: ".")), "\(e.mean)", "\(e.ci95Low)", "\(e.ci95High)"])
                    .joined(separator: ","))
            case .object(let members):
                for key in members.keys.sorted() { walk(members[key]!, path + [key]) }
            case .other:
                break
            }
        }
        walk(tree, [])
        return rows.joined(separator: "\n") + "\n"
    }
}
