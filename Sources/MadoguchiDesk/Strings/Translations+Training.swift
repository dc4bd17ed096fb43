extension Translations {
    /// The person at the keyboard: taking decisions over, refused keys, the coach's words.
    static let training: [UIText: Translation] = [
        .modeTrainee: Translation("研修:{0}", "Trainee: {0}"),
        .traineeAnonymous: Translation("研修者", "trainee"),
        .noticeNoPausing: Translation("この練習では一時停止できません(本物の窓口は止まりません)",
                                      "This lesson cannot be paused: a real desk does not stop"),
        .noticeNothingElse: Translation("ほかに判断待ちの質問はありません", "No other question is waiting"),
        .noticeAutopilotDecides: Translation("いまは自動操作が判断しています。{0} キーで判断を引き継ぎます",
                                             "The autopilot decides now: press {0} to take over"),
        .noticeNothingPending: Translation("いま判断することはありません", "Nothing to decide right now"),
        .noticeNotAnAnswer: Translation("{0} キーはこの質問の選択肢にありません(a〜{1})",
                                        "{0} is not one of this question's answers (a to {1})"),
        .noticeNoted: Translation("記録しました:{0}", "Noted: {0}"),
        .coachCorrect: Translation("正しい対応:{0}", "Correct: {0}"),
        .coachAcceptable: Translation("許容範囲。標準の対応は「{0}」。{1}", "Acceptable. The standard is: {0}. {1}"),
        .coachMistake: Translation("誤り:{0}。{1}", "Mistake: {0}. {1}"),
        .noticeLessonIsYours: Translation("レッスン中は研修者が判断します", "In a lesson the trainee decides"),
        .noticeAutopilotBack: Translation("判断を自動操作に戻しました", "Decisions are back with the autopilot"),
        .noticeYouDecide: Translation("判断を引き継ぎました。a〜で回答、Tabで次の質問、mで自動操作に戻します",
                                      "You decide now: answer with a…, Tab for the next question, m gives it back"),
    ]
}
