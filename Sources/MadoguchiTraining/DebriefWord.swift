import MadoguchiClinic

/// Every phrase of the debrief, in both languages; `{0}`, `{1}` … mark the arguments.
enum DebriefWord: CaseIterable {
    case title, scorePassed, scoreFailed
    case reactions, howDidItFeel, noAnswer
    case description, nothingHappened, unanswered, answeredIn, theClinic
    case analysis, sameMorning, served, meanWait, p90Wait, sameOutcomes, differentOutcomes
    case byFault, counts, timeToCorrect, noMistakes, consequence, instead, procedure
    case summary, allByTheBook, practise, nextUnlocked, nextLocked

    var text: Bilingual {
        switch self {
        case .title: Bilingual(en: "Debrief: {0}, {1} ({2})", ja: "振り返り：{0}、{1}（{2}）")
        case .scorePassed: Bilingual(en: "Score {0} % (pass mark {1} %): passed", ja: "得点 {0}%（合格ライン {1}%）：合格")
        case .scoreFailed: Bilingual(en: "Score {0} % (pass mark {1} %): not passed yet", ja: "得点 {0}%（合格ライン {1}%）：不合格")
        case .reactions: Bilingual(en: "1. Reactions", ja: "1. 感想")
        case .howDidItFeel: Bilingual(en: "How did that feel?", ja: "やってみてどうでしたか？")
        case .noAnswer: Bilingual(en: "(skipped)", ja: "（回答なし）")
        case .description: Bilingual(en: "2. What happened", ja: "2. できごと")
        case .nothingHappened: Bilingual(en: "No fault and no question.", ja: "トラブルも判断もありませんでした。")
        case .unanswered: Bilingual(en: "not answered", ja: "未回答")
        case .answeredIn: Bilingual(en: " ({0})", ja: "（{0}）")
        case .theClinic: Bilingual(en: "the clinic", ja: "クリニック")
        case .analysis: Bilingual(en: "3. Analysis", ja: "3. 分析")
        case .sameMorning: Bilingual(en: "Your morning and the autopilot's, with the same patients and faults:",
                                     ja: "あなたの対応と自動操作の対応（同じ患者、同じトラブル）：")
        case .served: Bilingual(en: "served {0} (autopilot {1})", ja: "受付済み {0}（自動操作 {1}）")
        case .meanWait: Bilingual(en: "mean wait {0} (autopilot {1})", ja: "平均待ち時間 {0}（自動操作 {1}）")
        case .p90Wait: Bilingual(en: "90th-percentile wait {0} (autopilot {1})", ja: "待ち時間の90パーセンタイル {0}（自動操作 {1}）")
        case .sameOutcomes: Bilingual(en: "every patient left as with the autopilot", ja: "全員が自動操作と同じ結果で受付を終えました")
        case .differentOutcomes: Bilingual(en: "{0} patients left otherwise than with the autopilot: {1}",
                                           ja: "自動操作と違う結果になった方 {0}人：{1}")
        case .byFault: Bilingual(en: "By fault:", ja: "トラブル別：")
        case .counts: Bilingual(en: "correct {0}, acceptable {1}, mistakes {2}", ja: "正しい対応 {0}、許容 {1}、誤り {2}")
        case .timeToCorrect: Bilingual(en: "; {0} on average from the fault to the correct action",
                                       ja: ";トラブルから正しい対応まで平均 {0}")
        case .noMistakes: Bilingual(en: "No mistakes.", ja: "誤りはありませんでした。")
        case .consequence: Bilingual(en: "What it caused: {0}", ja: "結果：{0}")
        case .instead: Bilingual(en: "By the book: {0}", ja: "標準の対応：{0}")
        case .procedure: Bilingual(en: "Why: {0}", ja: "理由：{0}")
        case .summary: Bilingual(en: "4. Summary", ja: "4. まとめ")
        case .allByTheBook: Bilingual(en: "Every decision by the book.", ja: "すべて手順どおりでした。")
        case .practise: Bilingual(en: "{0} situations worth practising again: press r to replay them with the same patients.",
                                  ja: "もう一度練習したい場面 {0}件：r キーで同じ患者でやり直せます。")
        case .nextUnlocked: Bilingual(en: "Next lesson unlocked: {0}", ja: "次のレッスンに進めます：{0}")
        case .nextLocked: Bilingual(en: "Pass this lesson to go on to: {0}", ja: "合格すると次のレッスンへ：{0}")
        }
    }

    func text(_ language: Language, _ arguments: [String]) -> String {
        text.text(language, filling: arguments)
    }
}
