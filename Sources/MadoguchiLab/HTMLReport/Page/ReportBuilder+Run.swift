import MadoguchiClinic

/// A lab run: what was run, its figures with 95 % intervals across replications, and the
/// charts of its day.
extension ReportBuilder {
    /// A figure of the `replications` table: column, scale to the unit shown, unit, name.
    struct RunMetric {
        let column: String
        let scale: Double
        let unit: Bilingual
        let name: Bilingual
    }

    static let minutes = Bilingual(en: "min", ja: "分")
    static let perDay = Bilingual(en: "per day", ja: "人/日")
    static let percentUnit = Bilingual(en: "%", ja: "%")

    static let waitMetrics = [
        RunMetric(column: "wait_mean", scale: 1 / 60, unit: minutes, name: Bilingual(en: "mean wait", ja: "平均待ち時間")),
        RunMetric(column: "wait_p50", scale: 1 / 60, unit: minutes, name: Bilingual(en: "median wait", ja: "待ち時間の中央値")),
        RunMetric(column: "wait_p90", scale: 1 / 60, unit: minutes, name: Bilingual(en: "90th-percentile wait", ja: "待ち時間の90パーセンタイル")),
        RunMetric(column: "wait_p95", scale: 1 / 60, unit: minutes, name: Bilingual(en: "95th-percentile wait", ja: "待ち時間の95パーセンタイル")),
        RunMetric(column: "time_at_reception_mean", scale: 1 / 60, unit: minutes, name: Bilingual(en: "mean time at reception", ja: "受付の平均所要時間")),
    ]
    static let utilizationMetrics = [
        RunMetric(column: "reader_utilization", scale: 100, unit: percentUnit, name: Bilingual(en: "card readers busy", ja: "カードリーダー稼働率")),
        RunMetric(column: "desk_utilization", scale: 100, unit: percentUnit, name: Bilingual(en: "desk staff busy", ja: "受付職員稼働率")),
    ]
    static let countMetrics = [
        RunMetric(column: "counted", scale: 1, unit: perDay, name: Bilingual(en: "patients (after the warm-up)", ja: "患者数(ウォームアップ後)")),
        RunMetric(column: "reneged", scale: 1, unit: perDay, name: Bilingual(en: "left before being served", ja: "受付前に帰った患者")),
        RunMetric(column: "faults_recovered", scale: 1, unit: Bilingual(en: "per day", ja: "件/日"), name: Bilingual(en: "faults recovered", ja: "対応できたトラブル")),
        RunMetric(column: "usage_rate", scale: 100, unit: percentUnit, name: Bilingual(en: "usage rate (My Number / all online confirmations)", ja: "利用率(マイナ保険証 / オンライン資格確認)")),
        RunMetric(column: "decision_errors", scale: 1, unit: Bilingual(en: "per day", ja: "件/日"), name: Bilingual(en: "decisions against the standard recovery", ja: "標準と異なる判断")),
        RunMetric(column: "closed_at", scale: 1 / 60, unit: Bilingual(en: "min after opening", ja: "分(開始から)"), name: Bilingual(en: "last patient left", ja: "最後の患者が帰った時刻")),
    ]

    func title(_ run: ReportRun) -> String {
        language == .ja ? (run.scenario?.titleJa ?? run.run.scenarioTitle) : run.run.scenarioTitle
    }

    mutating func runSection(_ run: ReportRun) {
        let r = run.run
        var facts: [(String, String)] = [(t("scenario", "シナリオ"), r.scenarioOrigin)]
        if let s = run.scenario {
            facts.append((t("clinic", "診療所"), s.clinic))
            facts.append((t("day", "日時"), "\(s.date) \(s.opening.shortDescription)–\(s.closing.shortDescription)"))
            facts.append((t("staff", "体制"), t("\(s.desks) desk staff, \(s.readers) card readers", "受付職員 \(s.desks) 人、カードリーダー \(s.readers) 台")))
        }
        if !r.overrides.isEmpty { facts.append((t("settings changed", "変更した設定"), r.overrides.split(separator: "\n").joined(separator: ", "))) }
        facts.append((t("seed", "シード"), r.seed))
        facts.append((t("replications", "反復"), t("\(run.replications.count) of \(r.replications) recorded", "\(r.replications) 回中 \(run.replications.count) 回を記録")))
        facts.append((t("status", "状態"), r.status))
        facts.append((t("program", "プログラム"), "madoguchi \(r.programVersion), \(r.startedAt)"))
        self.facts(facts)
        guard run.replications.count > 0 else {
            paragraph(t("No replication of this run was completed: nothing to show.", "この実行には完了した反復がないため、表示できる結果はありません。"), note: true)
            return
        }
        let several = run.replications.count > 1
        if !several {
            paragraph(t("One replication: every figure is that day's value, without an interval.",
                        "反復 1 回のため、値はその日のもので、信頼区間はありません。"), note: true)
        }
        metricChart(run.replications, Self.waitMetrics, title: t("Waits across replications", "反復間の待ち時間"),
                    summary: t("Each replication's mean and percentiles of the wait before the desk, averaged over the \(run.replications.count) replications, with 95 % Student-t intervals of those means.",
                               "各反復の受付までの待ち時間の平均とパーセンタイルを \(run.replications.count) 回の反復で平均した値と、その95 % Student-t 信頼区間。"),
                    axis: t("minutes", "分"), decimals: 1)
        dayCharts(run.day, opening: run.opening, replications: run.replications.count)
        metricChart(run.replications, Self.utilizationMetrics, title: t("Utilization", "稼働率"),
                    summary: t("Busy time of the card readers and of the desk staff over their available time until the last patient left, mean over the replications with its 95 % interval.",
                               "最後の患者が帰るまでの、カードリーダーと受付職員の稼働時間の割合(反復の平均と95 %信頼区間)。"),
                    axis: t("share of time busy (%)", "稼働している時間の割合(%)"), decimals: 1)
        table(DataTable(
            caption: t("The run's figures, mean over replications with its 95 % interval", "実行の結果(反復の平均と95 %信頼区間)"),
            header: [t("figure", "指標"), t("mean", "平均"), t("95 % interval", "95 %信頼区間"), t("unit", "単位")],
            rows: (Self.waitMetrics + Self.utilizationMetrics + Self.countMetrics).compactMap { metric in
                guard let e = run.replications.estimate(metric.column, scale: metric.scale) else { return nil }
                return [metric.name.text(language), number(e.mean, 2), several ? "\(number(e.ci95Low, 2)) – \(number(e.ci95High, 2))" : "—",
                        metric.unit.text(language)]
            }))
    }

    mutating func metricChart(_ columns: ReplicationColumns, _ metrics: [RunMetric], title: String, summary: String,
                              axis: String, decimals: Int) {
        let rows = metrics.compactMap { metric -> IntervalChart.Row? in
            guard let e = columns.estimate(metric.column, scale: metric.scale) else { return nil }
            return IntervalChart.Row(label: metric.name.text(language), estimate: e.mean, low: e.ci95Low, high: e.ci95High)
        }
        guard !rows.isEmpty else { return }
        figure(IntervalChart(text: ChartText(title: title, summary: summary, xAxis: axis, yAxis: t("figure", "指標")),
                             rows: rows, reference: nil, estimateName: t("mean", "平均"),
                             intervalName: t("95 % interval", "95 %信頼区間"),
                             format: { ChartFormat.number($0, decimals: decimals) }))
    }
}
