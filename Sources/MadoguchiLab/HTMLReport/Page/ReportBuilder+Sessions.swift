import Foundation
import MadoguchiClinic

/// Desk and training sessions: one line each, and the charts of each desk session's day.
extension ReportBuilder {
    mutating func sessionsSection(_ sessions: [ReportSession]) {
        table(DataTable(
            caption: t("Sessions", "セッション"),
            header: [t("session", "セッション"), t("date (UTC)", "日時(UTC)"), t("mode", "モード"), t("lesson or scenario", "レッスン・シナリオ"),
                     t("trainee", "研修生"), t("served / arrived", "受付済み / 来院"), t("mean wait (min)", "平均待ち時間(分)"), t("score", "得点"),
                     t("status", "状態")],
            rows: sessions.map { s in
                ["\((s.file as NSString).lastPathComponent) #\(s.id)", date(s), s.isTraining ? t("training", "研修") : t("desk", "窓口"),
                 s.isTraining ? lessonTitle(s) : scenarioTitle(s), s.trainee ?? "—",
                 s.served.flatMap { served in s.arrived.map { "\(served) / \($0)" } } ?? "—", s.meanWait.map(minutes) ?? "—",
                 s.score.map { percent($0) + " %" } ?? "—", s.status]
            }))
        for session in sessions where !session.isTraining {
            heading(3, t("Desk session \(session.id) of \(session.file): \(scenarioTitle(session))",
                         "\(session.file) の窓口セッション \(session.id): \(scenarioTitle(session))"))
            facts([(t("started (UTC)", "開始(UTC)"), date(session)), (t("status", "状態"), session.status)])
            dayCharts(session.day, opening: session.opening, replications: 1)
            if let shares = session.utilization {
                figure(BarChart(
                    text: ChartText(
                        title: t("Utilization", "稼働率"),
                        summary: t("Busy time of the card readers and of the desk staff over their available time until the last patient left: readers \(percent(shares.readers)) %, desk staff \(percent(shares.desks)) %.",
                                   "最後の患者が帰るまでの稼働時間の割合: カードリーダー \(percent(shares.readers)) %、受付職員 \(percent(shares.desks)) %。"),
                        xAxis: t("share of time busy (%)", "稼働している時間の割合(%)"), yAxis: t("resource", "対象")),
                    categories: [t("card readers", "カードリーダー"), t("desk staff", "受付職員")],
                    series: [BarChart.Series(name: t("busy", "稼働"), color: ChartPalette.color(0),
                                             values: [shares.readers * 100, shares.desks * 100])],
                    format: { ChartFormat.number($0, decimals: 1) }))
            }
        }
    }

    func scenarioTitle(_ session: ReportSession) -> String {
        language == .ja ? (session.scenario?.titleJa ?? session.scenarioTitle) : session.scenarioTitle
    }
}
