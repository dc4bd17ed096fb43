import MadoguchiClinic
import MadoguchiSim

/// The charts of a day, for a lab run (over its replications) and for a desk session:
/// waits by credential path, the queues over the day, faults and their recovery.
extension ReportBuilder {
    mutating func dayCharts(_ day: DayFigures, opening: Double, replications: Int) {
        let patients = replications > 1 ? t(en: "patients per day", ja: "患者数(人/日)") : t(en: "patients", ja: "患者数(人)")
        waitHistogram(day, axis: patients)
        waitPercentiles(day)
        queueChart(day, opening: opening)
        faultCharts(day, axis: patients)
    }

    var paths: [CredentialPath] { CredentialPath.allCases }

    mutating func waitHistogram(_ day: DayFigures, axis: String) {
        let overall = day.waits.pooled[WaitFigures.overall]
        guard overall.total > 0 else {
            paragraph(t(en: "No patient was served: no waits to show.", ja: "受付を終えた患者がいないため、待ち時間はありません。"), note: true)
            return
        }
        // Bins of a round width (half a minute at least) up to the 99th percentile; the
        // last bin takes the rest.
        let top = max(60, overall.percentile(0.99))
        let width = max(30, LinearScale.niceStep(top / 24 / 60) * 60)
        let bins = Int((top / width).rounded(.up)) + 1
        let edges = (0...bins).map { Double($0) * width / 60 }
        let scale = 1 / Double(max(1, day.replications))
        let labels = (0..<bins).map { i in
            i == bins - 1 ? "≥ \(number(edges[i]))" : "\(number(edges[i]))–\(number(edges[i + 1]))"
        }
        let series = paths.enumerated().compactMap { index, path -> BarChart.Series? in
            let waits = day.waits.pooled[path.index]
            guard waits.total > 0 else { return nil }
            return BarChart.Series(name: path.name.text(language), color: ChartPalette.color(index),
                                   values: waits.binned(width: width, bins: bins).map { $0 * scale })
        }
        figure(HistogramChart(
            text: ChartText(
                title: t(en: "Wait before the desk", ja: "受付までの待ち時間"),
                summary: t(en: "How long served patients waited (at the reader queue and the desk queue) before desk service began, in bins of \(minutes(width)) minutes, stacked by the credential presented; the last bin holds every longer wait.\(day.replications > 1 ? " Patients per day: the mean over \(day.replications) replications." : "") Median \(minutes(overall.percentile(0.5))) min, 90th percentile \(minutes(overall.percentile(0.9))) min.",
                           ja: "受付を終えた患者が受付開始までに待った時間(カードリーダーと窓口の待ち列)を \(minutes(width)) 分ごとに、提示した保険証等の種類別に積み上げて示します。最後の区間はそれより長い待ちをすべて含みます。\(day.replications > 1 ? "患者数は \(day.replications) 回の反復の 1 日あたりの平均です。" : "")中央値 \(minutes(overall.percentile(0.5))) 分、90パーセンタイル \(minutes(overall.percentile(0.9))) 分。"),
                xAxis: t(en: "wait (minutes)", ja: "待ち時間(分)"),
                yAxis: axis),
            edges: edges, binLabels: labels, series: series,
            format: { ChartFormat.number($0, decimals: day.replications > 1 ? 2 : 0) },
            totalLabel: t(en: "all", ja: "合計")))
    }

    mutating func waitPercentiles(_ day: DayFigures) {
        let present = paths.filter { day.waits.pooled[$0.index].total > 0 }
        guard !present.isEmpty else { return }
        let indices = present.map(\.index) + [WaitFigures.overall]
        let names = present.map { $0.name.text(language) } + [t(en: "all patients", ja: "全体")]
        let quantiles = [(0.5, t(en: "median", ja: "中央値")), (0.9, t(en: "90th percentile", ja: "90パーセンタイル")), (0.95, t(en: "95th percentile", ja: "95パーセンタイル"))]
        figure(BarChart(
            text: ChartText(
                title: t(en: "Wait percentiles by credential", ja: "保険証等の種類別の待ち時間のパーセンタイル"),
                summary: t(en: "Median, 90th and 95th percentile of the wait before the desk for each credential presented, over every served patient\(day.replications > 1 ? " of every replication" : "").",
                           ja: "提示した保険証等の種類ごとの、受付までの待ち時間の中央値・90パーセンタイル・95パーセンタイル(\(day.replications > 1 ? "全反復の" : "")受付を終えた全患者)。"),
                xAxis: t(en: "wait (minutes)", ja: "待ち時間(分)"), yAxis: t(en: "credential", ja: "保険証等")),
            categories: names,
            series: quantiles.enumerated().map { j, q in
                BarChart.Series(name: q.1, color: ChartPalette.color(j), values: indices.map { day.waits.pooled[$0].percentile(q.0) / 60 })
            },
            format: { ChartFormat.number($0, decimals: 1) }))
        // The mean by path, with its interval across replications where there are several.
        let several = day.replications > 1
        table(DataTable(
            caption: t(en: "Wait before the desk by credential (minutes)", ja: "保険証等の種類別の受付までの待ち時間(分)"),
            header: [t(en: "credential", ja: "保険証等"), t(en: "patients", ja: "患者数") + (several ? t(en: " per day", ja: "(1 日あたり)") : ""),
                     t(en: "mean", ja: "平均")] + (several ? [t(en: "95 % interval of the mean", ja: "平均の95 %信頼区間")] : [])
                + quantiles.map(\.1),
            rows: zip(indices, names).map { index, name in
                let pooled = day.waits.pooled[index]
                let means = day.waits.replicationMeans[index]
                var row = [name, number(Double(pooled.total) / Double(max(1, day.replications)), several ? 1 : 0), minutes(pooled.mean)]
                if several {
                    let ci = ConfidenceInterval(means)
                    row.append(means.count > 1 ? "\(minutes(ci.lower)) – \(minutes(ci.upper))" : "—")
                }
                return row + quantiles.map { minutes(pooled.percentile($0.0)) }
            }))
    }

    mutating func queueChart(_ day: DayFigures, opening: Double) {
        let queue = day.queue
        guard queue.replications > 0 else { return }
        let several = queue.replications > 1
        let xs = (0..<queue.points).map { Double($0) * queue.step }
        let names = [QueueProfile.Line.reader: t(en: "waiting for a card reader", ja: "カードリーダー待ち"),
                     .desk: t(en: "waiting for the desk", ja: "窓口待ち")]
        let series = QueueProfile.Line.allCases.map { line in
            let intervals = queue.interval(line)
            return LineChart.Series(name: names[line]!, color: ChartPalette.color(line.rawValue),
                                    points: zip(xs, intervals).map { ($0, $1.mean) },
                                    band: several ? intervals.map { (max(0, $0.lower), $0.upper) } : nil,
                                    bandName: several ? names[line]! + t(en: ": 95 % interval of the mean", ja: ": 平均の95 %信頼区間") : nil)
        }
        let clock = { (x: Double) in opening > 0 ? ChartFormat.clock(x, opening: opening) : ChartFormat.number(x / 60, decimals: 0) }
        let stride = max(1, Int((600 / queue.step).rounded()))
        let omitted = queue.unknownEnds > 0
            ? t(en: " \(queue.unknownEnds) patients who gave up waiting without a fault are left out: a recording made before schema 5 does not hold when they left.",
                ja: " 障害なしで待ちきれずに帰った \(queue.unknownEnds) 人は含みません(スキーマ 5 より前の記録には帰った時刻がないため)。")
            : ""
        figure(LineChart(
            text: ChartText(
                title: t(en: "Queues over the day", ja: "待ち列の推移"),
                summary: t(en: "Patients queueing for a card reader and for the desk at each moment, every \(minutes(queue.step)) minutes\(several ? ", averaged over \(queue.replications) replications, with the 95 % interval of the mean shaded" : "").",
                           ja: "各時点でカードリーダーと窓口に並んでいる患者数(\(minutes(queue.step)) 分ごと\(several ? "、\(queue.replications) 回の反復の平均、網掛けは平均の95 %信頼区間" : ""))。") + omitted,
                xAxis: opening > 0 ? t(en: "time of day", ja: "時刻") : t(en: "minutes from opening", ja: "開始からの分"),
                yAxis: t(en: "patients queueing", ja: "並んでいる患者数(人)")),
            series: series, xFormat: clock,
            xSteps: [5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080].map { $0 * 60 },
            table: DataTable(
                caption: t(en: "Patients queueing, every \(minutes(queue.step * Double(stride))) minutes", ja: "並んでいる患者数(\(minutes(queue.step * Double(stride))) 分ごと)"),
                header: [t(en: "time", ja: "時刻")] + QueueProfile.Line.allCases.map { names[$0]! },
                rows: Swift.stride(from: 0, to: queue.points, by: stride).map { i in
                    [clock(xs[i])] + QueueProfile.Line.allCases.map { number(queue.mean($0)[i], several ? 1 : 0) }
                })))
    }

    mutating func faultCharts(_ day: DayFigures, axis: String) {
        let faults = Fault.allCases.filter { day.faults.struckPerDay[$0.index].mean > 0 }
        guard !faults.isEmpty else {
            paragraph(t(en: "No patient met a fault.", ja: "トラブルにあった患者はいません。"), note: true)
            return
        }
        let several = day.replications > 1
        figure(IntervalChart(
            text: ChartText(
                title: t(en: "Faults", ja: "トラブル"),
                summary: t(en: "Patients struck by each fault\(several ? " per day, mean over the replications with its 95 % interval" : "").",
                           ja: "トラブルごとの、トラブルにあった患者数\(several ? "(1 日あたり、反復の平均と95 %信頼区間)" : "")。"),
                xAxis: axis, yAxis: t(en: "fault", ja: "トラブル")),
            rows: faults.map { fault in
                let ci = ConfidenceInterval(day.faults.struckPerDay[fault.index])
                return IntervalChart.Row(label: fault.name.text(language), estimate: ci.mean, low: ci.lower, high: ci.upper)
            },
            reference: nil, estimateName: t(en: "mean", ja: "平均"), intervalName: t(en: "95 % interval", ja: "95 %信頼区間"),
            format: { ChartFormat.number($0, decimals: several ? 2 : 0) }))
        figure(BarChart(
            text: ChartText(
                title: t(en: "Time to recovery", ja: "復旧までの時間"),
                summary: t(en: "For each fault, the time from the patient's first fault until leaving reception: mean and 90th percentile over every patient struck.",
                           ja: "トラブルごとの、最初のトラブルから受付を終えるまでの時間(トラブルにあった全患者の平均と90パーセンタイル)。"),
                xAxis: t(en: "time to recovery (minutes)", ja: "復旧までの時間(分)"), yAxis: t(en: "fault", ja: "トラブル")),
            categories: faults.map { $0.name.text(language) },
            series: [
                BarChart.Series(name: t(en: "mean", ja: "平均"), color: ChartPalette.color(0),
                                values: faults.map { day.faults.recovery[$0.index].mean / 60 }),
                BarChart.Series(name: t(en: "90th percentile", ja: "90パーセンタイル"), color: ChartPalette.color(1),
                                values: faults.map { day.faults.recovery[$0.index].percentile(0.9) / 60 }),
            ],
            format: { ChartFormat.number($0, decimals: 1) }))
        table(DataTable(
            caption: t(en: "Faults and their outcome", ja: "トラブルと結果"),
            header: [t(en: "fault", ja: "トラブル"), t(en: "patients struck", ja: "患者数"), t(en: "recovered (coverage settled by the book)", ja: "対応できた(手順どおりに資格確認)")],
            rows: faults.map { fault in
                let total = Int((day.faults.struckPerDay[fault.index].mean * Double(day.replications)).rounded())
                let recovered = day.faults.recovered[fault.index]
                return [fault.name.text(language), String(total), "\(recovered) (\(percent(Double(recovered) / Double(max(1, total)))) %)"]
            }))
    }
}
