import Foundation
import MadoguchiClinic

/// Desk and training sessions: one line each, and the charts of each desk session's day.
extension ReportBuilder {
    mutating func sessionsSection(_ sessions: [ReportSession]) {
        table(DataTable(
            caption: t(en: "Sessions", ja: "セッション"),
            header: [t(en: "session", ja: "セッション"), t(en: "date (UTC)", ja: "日時(UTC)"), t(en: "mode", ja: "モード"), t(en: "lesson or scenario", ja: "レッスン・シナリオ"),
                     t(en: "trainee", ja: "研修生"), t(en: "served / arrived", ja: "受付済み / 来院"), t(en: "mean wait (min)", ja: "平均待ち時間(分)"), t(en: "score", ja: "得点"),
                     t(en: "status", ja: "状態")],
            rows: sessions.map { s in
                ["\((s.file as NSString).lastPathComponent) #\(s.id)", date(s), s.isTraining ? t(en: "training", ja: "研修") : t(en: "desk", ja: "窓口"),
                 s.isTraining ? lessonTitle(s) : scenarioTitle(s), s.trainee ?? "—",
                 s.served.flatMap { served in s.arrived.map { "\(served) / \($0)" } } ?? "—", s.meanWait.map(minutes) ?? "—",
                 s.score.map { percent($0) + " %" } ?? "—", s.status]
            }))
        for session in sessions where !session.isTraining {
            heading(3, t(en: "Desk session \(session.id) of \(session.file): \(scenarioTitle(session))",
                         ja: "\(session.file) の窓口セッション \(session.id): \(scenarioTitle(session))"))
            facts([(t(en: "started (UTC)", ja: "開始(UTC)"), date(session)), (t(en: "status", ja: "状態"), session.status)])
            dayCharts(session.day, opening: session.opening, replications: 1)
            if let shares = session.utilization {
                figure(BarChart(
                    text: ChartText(
                        title: t(en: "Utilization", ja: "稼働率"),
                        summary: t(en: "Busy time of the card readers and of the desk staff over their available time until the last patient left: readers \(percent(shares.readers)) %, desk staff \(percent(shares.desks)) %.",
                                   ja: "最後の患者が帰るまでの稼働時間の割合: カードリーダー \(percent(shares.readers)) %、受付職員 \(percent(shares.desks)) %。"),
                        xAxis: t(en: "share of time busy (%)", ja: "稼働している時間の割合(%)"), yAxis: t(en: "resource", ja: "対象")),
                    categories: [t(en: "card readers", ja: "カードリーダー"), t(en: "desk staff", ja: "受付職員")],
                    series: [BarChart.Series(name: t(en: "busy", ja: "稼働"), color: ChartPalette.color(0),
                                             values: [shares.readers * 100, shares.desks * 100])],
                    format: { ChartFormat.number($0, decimals: 1) }))
            }
        }
    }

    func scenarioTitle(_ session: ReportSession) -> String {
        language == .ja ? (session.scenario?.titleJa ?? session.scenarioTitle) : session.scenarioTitle
    }
}
