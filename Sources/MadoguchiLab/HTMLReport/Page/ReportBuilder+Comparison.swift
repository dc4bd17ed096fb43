import Foundation
import MadoguchiClinic

/// Several runs in the files (a sweep's points, or set-ups compared): each run's level and
/// its effect against the first run, with 95 % intervals.
extension ReportBuilder {
    static let comparedMetrics = [C.meanWait, C.p90Wait, C.meanTimeAtReception, C.renegedAll, C.deskUtilization, C.faultsRecovered]

    func runLabel(_ run: ReportRun) -> String {
        let overrides = run.run.overrides.split(separator: "\n").joined(separator: ", ")
        let name = overrides.isEmpty ? title(run) : overrides
        return "\(name) (\(t(en: "run", ja: "実行")) \(run.run.id), \((run.file as NSString).lastPathComponent))"
    }

    /// `runs`: those with replications, at least two.
    mutating func comparisonSection(_ runs: [ReportRun]) {
        let base = runs[0]
        let pairedAll = runs.dropFirst().allSatisfy { $0.run.seed == base.run.seed && $0.replications.numbers == base.replications.numbers }
        paragraph(t(en: "The first run, \(runLabel(base)), is the baseline; each other run's effect is its mean minus the baseline's. ",
                    ja: "最初の実行 \(runLabel(base)) を基準とし、他の実行の効果は、その平均から基準の平均を引いた値です。")
                  + (pairedAll
                     ? t(en: "Every run used the same seed and replications, so they met the same patients and faults: the 95 % intervals come from the differences replication by replication (common random numbers).",
                         ja: "すべての実行が同じシードと反復を使い、同じ患者・同じトラブルにあっているため、95 %信頼区間は反復ごとの差から求めています(共通乱数)。")
                     : t(en: "Runs with the same seed and replications as the baseline are compared replication by replication (common random numbers); the others as independent samples (Welch's interval).",
                         ja: "基準と同じシード・反復の実行は反復ごとの差で(共通乱数)、それ以外は独立な標本として(Welch の区間)比較しています。")))
        let levels = runs.compactMap { run -> IntervalChart.Row? in
            guard let e = run.replications.estimate(MetricCatalogue.meanWait) else { return nil }
            return IntervalChart.Row(label: runLabel(run), estimate: e.mean, low: e.ci95Low, high: e.ci95High)
        }
        figure(IntervalChart(
            text: ChartText(title: t(en: "Mean wait of each run", ja: "実行ごとの平均待ち時間"),
                            summary: t(en: "Mean wait before the desk of each run, mean over its replications with the 95 % interval.",
                                       ja: "実行ごとの受付までの平均待ち時間(反復の平均と95 %信頼区間)。"),
                            xAxis: t(en: "mean wait (minutes)", ja: "平均待ち時間(分)"), yAxis: t(en: "run", ja: "実行")),
            rows: levels, reference: nil, estimateName: t(en: "mean", ja: "平均"), intervalName: t(en: "95 % interval", ja: "95 %信頼区間"),
            format: { ChartFormat.number($0, decimals: 2) }))
        var summary: [[String]] = []
        for metric in Self.comparedMetrics {
            let effects = runs.dropFirst().compactMap { run -> (ReportRun, RunEffect)? in
                RunEffect(base: base.replications, baseSeed: base.run.seed, other: run.replications, otherSeed: run.run.seed,
                          metric: metric).map { (run, $0) }
            }
            guard !effects.isEmpty else { continue }
            let unit = metric.unit.name.text(language), name = metric.label
            figure(IntervalChart(
                text: ChartText(title: t(en: "Effect on the \(name.en)", ja: "\(name.ja)への効果"),
                                summary: t(en: "Each run's \(name.en) minus the baseline's, with its 95 % interval; the dashed line is no difference.",
                                           ja: "各実行の\(name.ja)から基準の値を引いた差と95 %信頼区間。破線は差がないことを表します。"),
                                xAxis: t(en: "difference (\(unit))", ja: "差(\(unit))"), yAxis: t(en: "run", ja: "実行")),
                rows: effects.map { IntervalChart.Row(label: runLabel($0.0), estimate: $0.1.difference, low: $0.1.low, high: $0.1.high) },
                reference: 0, estimateName: t(en: "difference", ja: "差"), intervalName: t(en: "95 % interval", ja: "95 %信頼区間"),
                format: { ChartFormat.number($0, decimals: 2) }))
            for (run, effect) in effects {
                summary.append([runLabel(run), name.text(language), number(effect.difference, 2),
                                "\(number(effect.low, 2)) – \(number(effect.high, 2))", unit,
                                effect.paired ? t(en: "paired", ja: "対応あり") : t(en: "independent (Welch)", ja: "独立(Welch)"),
                                effect.isClear ? t(en: "yes", ja: "あり") : t(en: "no", ja: "なし")])
            }
        }
        table(DataTable(
            caption: t(en: "Effects against the baseline", ja: "基準に対する効果"),
            header: [t(en: "run", ja: "実行"), t(en: "figure", ja: "指標"), t(en: "difference", ja: "差"), t(en: "95 % interval", ja: "95 %信頼区間"), t(en: "unit", ja: "単位"),
                     t(en: "comparison", ja: "比較の方法"), t(en: "clear difference", ja: "明確な差")],
            rows: summary))
    }
}
