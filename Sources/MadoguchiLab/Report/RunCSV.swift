import Foundation

/// `madoguchi run --format csv`: one row per estimate of the JSON, named by its key path
/// (`wait_by_path.myna_card.wait_seconds.p90`), each row led by the run's scenario, seed
/// and replications so that rows of several runs can go into one table. The numbers are
/// the JSON's, to the last digit.
package enum RunCSV {
    package static let header = "scenario,seed,replications,key,mean,ci95_low,ci95_high"

    package static func text(_ summary: RunSummary) -> String {
        let lead = [CSV.field(summary.scenario.origin), String(summary.seed), String(summary.replications)]
        return ([header] + summary.figures.keys.sorted().map { key in
            let e = summary.figures[key]!
            return (lead + [CSV.field(key), "\(e.mean)", "\(e.ci95Low)", "\(e.ci95High)"]).joined(separator: ",")
        }).joined(separator: "\n") + "\n"
    }
}
