import MadoguchiClinic

/// A lab run: what was run, its figures with 95 % intervals across replications, and the
/// charts of its day.
extension ReportBuilder {
    typealias C = MetricCatalogue
    static let waitMetrics = [C.meanWait, C.waitBeforeDesk[1], C.p90Wait, C.waitBeforeDesk[3], C.meanTimeAtReception]
    static let utilizationMetrics = [C.readerUtilization, C.deskUtilization]
    static let queueingMetrics = [C.numberInSystem, C.numberWaiting]
    static let countMetrics = [C.counted, C.renegedAll, C.faultsRecovered, C.usageRate, C.decisionErrors, C.closedAt]

    func title(_ run: ReportRun) -> String {
        language == .ja ? (run.scenario?.titleJa ?? run.run.scenarioTitle) : run.run.scenarioTitle
    }

    mutating func runSection(_ run: ReportRun) {
        let r = run.run
        var facts: [(String, String)] = [(t(en: "scenario", ja: "シナリオ"), r.scenarioOrigin)]
        if let s = run.scenario {
            facts.append((t(en: "clinic", ja: "診療所"), s.clinic))
            facts.append((t(en: "day", ja: "日時"), "\(s.date) \(s.opening.shortDescription)–\(s.closing.shortDescription)"))
            facts.append((t(en: "staff", ja: "体制"), t(en: "\(s.desks) desk staff, \(s.readers) card readers", ja: "受付職員 \(s.desks) 人、カードリーダー \(s.readers) 台")))
        }
        if !r.overrides.isEmpty { facts.append((t(en: "settings changed", ja: "変更した設定"), r.overrides.split(separator: "\n").joined(separator: ", "))) }
        facts.append((t(en: "seed", ja: "シード"), r.seed))
        facts.append((t(en: "replications", ja: "反復"), t(en: "\(run.replications.count) of \(r.replications) recorded", ja: "\(r.replications) 回中 \(run.replications.count) 回を記録")))
        facts.append((t(en: "status", ja: "状態"), r.status))
        facts.append((t(en: "program", ja: "プログラム"), "madoguchi \(r.programVersion), \(r.startedAt)"))
        self.facts(facts)
        guard run.replications.count > 0 else {
            paragraph(t(en: "No replication of this run was completed: nothing to show.", ja: "この実行には完了した反復がないため、表示できる結果はありません。"), note: true)
            return
        }
        let several = run.replications.count > 1
        if !several {
            paragraph(t(en: "One replication: every figure is that day's value, without an interval.",
                        ja: "反復 1 回のため、値はその日のもので、信頼区間はありません。"), note: true)
        }
        metricChart(run.replications, Self.waitMetrics, title: t(en: "Waits across replications", ja: "反復間の待ち時間"),
                    summary: t(en: "Each replication's mean and percentiles of the wait before the desk, averaged over the \(run.replications.count) replications, with 95 % Student-t intervals of those means.",
                               ja: "各反復の受付までの待ち時間の平均とパーセンタイルを \(run.replications.count) 回の反復で平均した値と、その95 % Student-t 信頼区間。"),
                    axis: t(en: "minutes", ja: "分"), decimals: 1)
        dayCharts(run.day, opening: run.opening, replications: run.replications.count)
        metricChart(run.replications, Self.queueingMetrics, title: t(en: "Patients at reception, on average over the day", ja: "受付にいる患者数(1日の時間平均)"),
                    summary: t(en: "The time-average number of patients at reception (L) and of those waiting (Lq), from the warm-up's end until the last patient left, mean over the replications with its 95 % interval; absent from recordings made before schema 5.",
                               ja: "ウォームアップ後から最後の患者が帰るまでの、受付にいる患者数(L)と待っている患者数(Lq)の時間平均(反復の平均と95 %信頼区間)。スキーマ 5 より前の記録にはありません。"),
                    axis: t(en: "patients", ja: "人"), decimals: 2)
        metricChart(run.replications, Self.utilizationMetrics, title: t(en: "Utilization", ja: "稼働率"),
                    summary: t(en: "Busy time of the card readers and of the desk staff over their available time until the last patient left, mean over the replications with its 95 % interval.",
                               ja: "最後の患者が帰るまでの、カードリーダーと受付職員の稼働時間の割合(反復の平均と95 %信頼区間)。"),
                    axis: t(en: "share of time busy (%)", ja: "稼働している時間の割合(%)"), decimals: 1)
        table(DataTable(
            caption: t(en: "The run's figures, mean over replications with its 95 % interval", ja: "実行の結果(反復の平均と95 %信頼区間)"),
            header: [t(en: "figure", ja: "指標"), t(en: "mean", ja: "平均"), t(en: "95 % interval", ja: "95 %信頼区間"), t(en: "unit", ja: "単位")],
            rows: (Self.waitMetrics + Self.queueingMetrics + Self.utilizationMetrics + Self.countMetrics).compactMap { metric in
                guard let e = run.replications.estimate(metric) else { return nil }
                return [metric.label.text(language), number(e.mean, 2), several ? "\(number(e.ci95Low, 2)) – \(number(e.ci95High, 2))" : "—",
                        metric.unit.name.text(language)]
            }))
    }

    mutating func metricChart(_ columns: ReplicationColumns, _ metrics: [Metric], title: String, summary: String,
                              axis: String, decimals: Int) {
        let rows = metrics.compactMap { metric -> IntervalChart.Row? in
            guard let e = columns.estimate(metric) else { return nil }
            return IntervalChart.Row(label: metric.label.text(language), estimate: e.mean, low: e.ci95Low, high: e.ci95High)
        }
        guard !rows.isEmpty else { return }
        figure(IntervalChart(text: ChartText(title: title, summary: summary, xAxis: axis, yAxis: t(en: "figure", ja: "指標")),
                             rows: rows, reference: nil, estimateName: t(en: "mean", ja: "平均"),
                             intervalName: t(en: "95 % interval", ja: "95 %信頼区間"),
                             format: { ChartFormat.number($0, decimals: decimals) }))
    }
}
