import MadoguchiClinic
import MadoguchiTraining

/// Training sessions: every trainee's progress across sessions and lessons, and in each
/// session the trainee's decisions beside the autopilot's on the same patients.
extension ReportBuilder {
    func lessonTitle(_ session: ReportSession) -> String {
        session.debrief?.title.text(language) ?? session.lesson ?? session.scenarioTitle
    }

    func traineeName(_ session: ReportSession) -> String {
        session.trainee ?? t(en: "(autopilot)", ja: "(自動操作)")
    }

    func date(_ session: ReportSession) -> String {
        String(session.startedAt.prefix(16)).replacingOccurrences(of: "T", with: " ")
    }

    /// `training`: the training sessions, in the order they were held.
    mutating func trainingSection(_ training: [ReportSession]) {
        paragraph(t(en: "Scores are the share of full marks: 1 point for an answer by the book, ½ for an acceptable one, 0 for a mistake or a question left open (docs/training.md). The autopilot answers every question by the book, on the same patients and faults.",
                    ja: "得点は満点に対する割合です。手順どおりの対応は 1 点、許容は 0.5 点、誤りや未回答は 0 点です(docs/training.md)。自動操作は同じ患者・同じトラブルのすべての判断を手順どおりに行います。"))
        progress(training)
        for session in training {
            trainingSession(session)
        }
    }

    mutating func progress(_ training: [ReportSession]) {
        let scored = training.enumerated().filter { $0.element.score != nil }
        let trainees = Array(Set(scored.map { traineeName($0.element) })).sorted()
        guard !scored.isEmpty else { return }
        figure(LineChart(
            text: ChartText(
                title: t(en: "Progress across sessions", ja: "セッションごとの上達"),
                summary: t(en: "Each training session's score, sessions numbered in the order they were held, one line per trainee; hover a point for its lesson.",
                           ja: "研修セッションごとの得点。実施順に番号を付け、研修生ごとに線で結んでいます。点にカーソルを合わせるとレッスン名が出ます。"),
                xAxis: t(en: "session (in order of time)", ja: "セッション(実施順)"), yAxis: t(en: "score (% of full marks)", ja: "得点(満点に対する%)")),
            series: trainees.enumerated().map { index, trainee in
                let mine = scored.filter { traineeName($0.element) == trainee }
                return LineChart.Series(name: trainee, color: ChartPalette.color(index),
                                        points: mine.map { (Double($0.offset + 1), $0.element.score! * 100) },
                                        markers: mine.map { "\(trainee), \(date($0.element)), \(lessonTitle($0.element)): \(percent($0.element.score!)) %" })
            },
            xFormat: { ChartFormat.number($0, decimals: 0) }, yDomain: 0...100,
            xSteps: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000],
            table: DataTable(
                caption: t(en: "Training sessions", ja: "研修セッション"),
                header: [t(en: "session", ja: "セッション"), t(en: "date (UTC)", ja: "日時(UTC)"), t(en: "trainee", ja: "研修生"), t(en: "lesson", ja: "レッスン"),
                         t(en: "feedback", ja: "フィードバック"), t(en: "score", ja: "得点"), t(en: "passed", ja: "合格")],
                rows: training.enumerated().map { i, s in
                    [String(i + 1), date(s), traineeName(s), lessonTitle(s), s.feedback ?? "—",
                     s.score.map { percent($0) + " %" } ?? "—", s.passed.map { $0 ? t(en: "yes", ja: "合格") : t(en: "no", ja: "不合格") } ?? "—"]
                })))
        // Per trainee and lesson: how often, and how the score went.
        var groups: [String: [ReportSession]] = [:]
        var order: [String] = []
        for (_, s) in scored {
            let key = traineeName(s) + "\u{1F}" + lessonTitle(s)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(s)
        }
        table(DataTable(
            caption: t(en: "Progress per trainee and lesson", ja: "研修生・レッスン別の上達"),
            header: [t(en: "trainee", ja: "研修生"), t(en: "lesson", ja: "レッスン"), t(en: "sessions", ja: "回数"), t(en: "first score", ja: "初回"),
                     t(en: "best score", ja: "最高"), t(en: "latest score", ja: "最新"), t(en: "passed", ja: "合格")],
            rows: order.sorted().map { key in
                let list = groups[key]!
                let scores = list.compactMap(\.score)
                return [traineeName(list[0]), lessonTitle(list[0]), String(list.count), percent(scores.first!) + " %",
                        percent(scores.max()!) + " %", percent(scores.last!) + " %",
                        list.contains { $0.passed == true } ? t(en: "yes", ja: "合格") : t(en: "not yet", ja: "まだ")]
            }))
    }

    mutating func trainingSession(_ session: ReportSession) {
        heading(3, "\(traineeName(session)): \(lessonTitle(session)) (\(date(session)))")
        facts([(t(en: "file", ja: "ファイル"), "\(session.file), \(t(en: "session", ja: "セッション")) \(session.id)"),
               (t(en: "status", ja: "状態"), session.status),
               (t(en: "score", ja: "得点"), session.score.map { percent($0) + " %" } ?? "—")])
        guard let debrief = session.debrief else {
            paragraph(t(en: "No debrief was recorded for this session (it ended before its debrief, or was written by another version).",
                        ja: "このセッションの振り返りは記録されていません(振り返りの前に終了したか、別のバージョンで記録されたため)。"), note: true)
            return
        }
        let reviews = debrief.situations
        let kinds = Situation.Kind.allCases.filter { kind in reviews.contains { $0.decision.situation.kind == kind } }
        if !kinds.isEmpty {
            let verdicts: [(Ruling.Verdict, String)] = [(.correct, ChartPalette.good), (.acceptable, ChartPalette.fair), (.mistake, ChartPalette.bad)]
            figure(BarChart(
                text: ChartText(
                    title: t(en: "Decisions against the autopilot", ja: "判断と自動操作の比較"),
                    summary: t(en: "The trainee's answers by kind of question, stacked by verdict; the autopilot would have answered all \(reviews.count) by the book.",
                               ja: "研修生の判断を質問の種類ごとに判定別に積み上げています。自動操作なら \(reviews.count) 件すべてを手順どおりに対応します。"),
                    xAxis: t(en: "answers", ja: "判断の数(件)"), yAxis: t(en: "question", ja: "質問")),
                categories: kinds.map { $0.reportName.text(language) },
                series: verdicts.map { verdict, color in
                    BarChart.Series(name: verdict.name.text(language), color: color, values: kinds.map { kind in
                        Double(reviews.filter { $0.decision.situation.kind == kind && $0.verdict == verdict }.count)
                    })
                },
                stacked: true, format: { ChartFormat.number($0, decimals: 0) }))
        }
        let you = debrief.traineeMorning, pilot = debrief.autopilotMorning
        figure(BarChart(
            text: ChartText(
                title: t(en: "The trainee's morning and the autopilot's", ja: "研修生と自動操作の午前の比較"),
                summary: t(en: "Waits before the desk with the same patients and faults: served \(you.served) of \(you.arrived) (autopilot \(pilot.served) of \(pilot.arrived)); \(debrief.differentOutcomes.count) patients left with another outcome than under the autopilot.",
                           ja: "同じ患者・同じトラブルでの受付までの待ち時間。受付済み \(you.arrived) 人中 \(you.served) 人(自動操作 \(pilot.arrived) 人中 \(pilot.served) 人)。自動操作と違う結果になった患者 \(debrief.differentOutcomes.count) 人。"),
                xAxis: t(en: "wait (minutes)", ja: "待ち時間(分)"), yAxis: t(en: "figure", ja: "指標")),
            categories: [t(en: "mean wait", ja: "平均待ち時間"), t(en: "90th-percentile wait", ja: "待ち時間の90パーセンタイル")],
            series: [
                BarChart.Series(name: t(en: "trainee", ja: "研修生"), color: ChartPalette.color(0), values: [you.meanWait / 60, you.p90Wait / 60]),
                BarChart.Series(name: t(en: "autopilot", ja: "自動操作"), color: ChartPalette.color(1), values: [pilot.meanWait / 60, pilot.p90Wait / 60]),
            ],
            format: { ChartFormat.number($0, decimals: 1) }))
        if !debrief.faults.isEmpty {
            table(DataTable(
                caption: t(en: "By fault: the trainee's answers and the time from the fault to the correct one",
                           ja: "トラブル別: 研修生の対応と、トラブルから正しい対応までの時間"),
                header: [t(en: "fault", ja: "トラブル"), t(en: "correct", ja: "正しい対応"), t(en: "acceptable", ja: "許容"), t(en: "mistakes", ja: "誤り"),
                         t(en: "mean time to the correct answer (m:ss)", ja: "正しい対応までの平均時間(分:秒)")],
                rows: debrief.faults.map { review in
                    [review.fault.name.text(language), String(review.correct), String(review.acceptable), String(review.mistakes),
                     review.meanTimeToCorrect.map(DurationText.clock) ?? "—"]
                }))
        }
        guard !reviews.isEmpty else { return }
        let opening = debrief.opening.secondsSinceMidnight
        table(DataTable(
            caption: t(en: "Every decision: the trainee's answer and the autopilot's", ja: "すべての判断: 研修生の対応と自動操作の対応"),
            header: [t(en: "asked", ja: "時刻"), t(en: "patient", ja: "患者"), t(en: "question", ja: "質問"), t(en: "trainee's answer", ja: "研修生の対応"),
                     t(en: "autopilot's answer (by the book)", ja: "自動操作の対応(手順どおり)"), t(en: "verdict", ja: "判定"), t(en: "time to answer (m:ss)", ja: "回答までの時間(分:秒)")],
            rows: reviews.map { review in
                let patient = review.decision.patient.map { $0.name.display(language) } ?? t(en: "the clinic", ja: "クリニック")
                var verdict = review.verdict.name.text(language)
                if review.verdict == .mistake, let kind = review.errorKind { verdict += " (\(kind.shortName.text(language)))" }
                return [ChartFormat.clock(review.askedAt, opening: opening), patient, review.decision.situation.kind.reportName.text(language),
                        review.action?.name.text(language) ?? t(en: "not answered", ja: "未回答"), review.standardAction.name.text(language), verdict,
                        review.answeredAt.map { DurationText.clock($0 - review.askedAt) } ?? "—"]
            }))
    }
}
