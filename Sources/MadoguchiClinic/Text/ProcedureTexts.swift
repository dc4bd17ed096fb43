/// What the book says for each kind of situation, and what each mistake costs: the coach's
/// words and the debrief's. Source: DOMAIN.md's recovery procedure (MHLW, 10 Jul 2023).
extension Situation.Kind {
    package var procedure: Bilingual {
        switch self {
        case .readerError:
            Bilingual(en: "Ask for one retry. If the card is still not read, confirm eligibility another way: the Mynaportal screen on the phone, the eligibility certificate, a valid legacy card, or the eligibility notice (oshirase) together with the card. Visual mode does not make an unreadable card readable.",
                      ja: "カードの置き直しは一度だけ。それでも読めなければ、マイナポータルの画面、資格確認書、有効な従来の保険証、カードと一緒の資格情報のお知らせなど、他の方法で資格を確認します。目視確認モードにしても読めないカードは読めません。")
        case .faceFailed:
            Bilingual(en: "Try the face once more, then the PIN. A patient who cannot use a PIN (forgotten, a card without one, injured or unwell) is confirmed in visual mode, and the reader is switched back afterwards.",
                      ja: "顔認証はもう一度だけ試し、だめなら暗証番号で。暗証番号を使えない方（忘れた、暗証番号のないカード、けがや体調）は目視確認モードで確認し、終わったら通常モードに戻します。")
        case .pinLocked:
            Bilingual(en: "Three wrong PINs lock it for today; only the municipal office unlocks it. Confirm in visual mode by comparing the card photo with the patient, then switch the reader back.",
                      ja: "暗証番号は3回間違えるとロックされ、本日は使えません（解除は市区町村の窓口）。目視確認モードでカードの顔写真とご本人を見比べ、終わったらリーダーを通常モードに戻します。")
        case .needsHelp:
            Bilingual(en: "Help the patient at the reader, or confirm in visual mode. Never send the patient away.",
                      ja: "リーダーで操作を手伝うか、目視確認モードで確認します。お帰りいただくことはしません。")
        case .readerInVisualMode:
            Bilingual(en: "After a visual confirmation, always switch the reader back, or the next patient's face match fails.",
                      ja: "目視確認のあとは必ずリーダーを通常モードに戻します。戻さないと次の方の顔認証が失敗します。")
        case .record:
            Bilingual(en: "Compare the record's name, birth date and sex with the patient and the card face. A match is accepted. A name with ● is still eligible: fix the name by hand from the card. 'Invalid, newer eligibility exists' means the newer one is on file: confirm with it. 'Several matches' after a query by number: add the birth date and branch number and query again. Another person's record is neither used nor browsed: confirm identity from the card face, proceed another way or by the declaration (moushitatesho), and report it to the insurer.",
                      ja: "結果の氏名・生年月日・性別を、ご本人の申告とカードの券面に照らし合わせます。一致すればそのまま受け付けます。氏名が●でも資格は有効：券面を見て氏名を手入力で直します。「無効（新しい資格あり）」は新しい資格が登録済み：新しい資格情報で確認します。番号で照会して「複数該当」なら、生年月日と枝番を加えて再照会します。別人の情報は使わず、見ず、券面で本人確認し、他の方法か申立書で受け付けて保険者に報告します。")
        case .eligibility:
            Bilingual(en: "Confirm eligibility another way: the Mynaportal screen on the phone, the eligibility certificate, a valid legacy card, or the eligibility notice (oshirase) together with the card. With nothing, the eligibility declaration (moushitatesho; on a return visit, a verbal check against last-visit data) and the normal share; the claim uses the data written, else last visit's, else 'unknown' (fusho, insurer 77777777). The full cost (10-wari) only when the patient refuses everything. In an outage, write down name, sex, birth date and address first.",
                      ja: "他の方法で資格を確認します（マイナポータルの画面、資格確認書、有効な従来の保険証、カードと一緒の資格情報のお知らせ）。何もなければ被保険者資格申立書（再診で変更がなければ前回の情報で口頭確認）で、通常の負担割合で会計します。請求には記入された情報、なければ前回の情報、それもなければ「不詳」（保険者番号77777777）を使います。10割負担はすべてを拒まれた場合だけです。回線障害のときは、まず氏名・性別・生年月日・住所を控えます。")
        case .legacyCard:
            Bilingual(en: "A legacy card is valid to its printed date, 1 Dec 2025 at the latest. Until 31 Mar 2026 an expired one is accepted when confirmed online by insurer number. After that it is refused: confirm another way or by the declaration (moushitatesho).",
                      ja: "従来の保険証は券面の有効期限まで（遅くとも2025年12月1日まで）使えます。2026年3月31日までは、期限切れでも保険者番号でオンライン確認できれば受け付けます。それ以降は使えないので、他の方法か申立書で確認します。")
        case .readersDown:
            Bilingual(en: "With no reader working, send card patients to the desk and confirm eligibility another way. Nobody waits at a dead reader.",
                      ja: "使えるリーダーがないときは、カードの方を窓口へご案内し、他の方法で資格を確認します。故障したリーダーの前で待たせません。")
        case .nextTask:
            Bilingual(en: "Follow the clinic's rule. The usual one: a patient waiting for help blocks the reader for everyone behind, so help at the reader first. A clinic may put the desk queue first instead.",
                      ja: "医院の決まりに従います。通常は、職員を待つ方がいるとリーダーがふさがり後ろの方も進めないため、先にリーダーを手伝います。窓口の列を先にする医院もあります。")
        case .lineRestored:
            Bilingual(en: "Once the line is back, confirm the patients noted during the outage with the emergency confirmation function.",
                      ja: "回線が戻ったら、障害中に控えた方の資格を緊急時の確認機能で確認します。")
        }
    }
}

extension Ruling.Consequence {
    package var text: Bilingual {
        switch self {
        case .queueGrows: Bilingual(en: "the same step again: the queue grew", ja: "同じことの繰り返しで待ち列が伸びた")
        case .unreadableStaysUnreadable: Bilingual(en: "visual mode does not make an unreadable card readable", ja: "目視確認モードでも読めないカードは読めない")
        case .pinLocked: Bilingual(en: "a patient who forgot the PIN typed it and locked it", ja: "暗証番号を忘れた方が入力してロックされた")
        case .needlessVisualMode: Bilingual(en: "visual mode for a patient who knows the PIN: staff time, and the reader must be switched back", ja: "暗証番号を使える方に目視確認モード：職員の手間と戻し忘れの危険")
        case .nextFaceFails: Bilingual(en: "the reader was left in visual mode: the next face match fails", ja: "リーダーが目視確認モードのまま：次の方の顔認証が失敗する")
        case .patientSentAway: Bilingual(en: "a patient was sent away", ja: "患者さんを帰してしまった")
        case .fullCharge: Bilingual(en: "the full cost (10-wari) for no reason: the rule is the normal share", ja: "不要な10割負担：規則では通常の負担割合")
        case .otherPersonsRecord: Bilingual(en: "another person's record went into the claim", ja: "別人の資格情報が請求に使われた")
        case .endedEligibilityUsed: Bilingual(en: "an eligibility that has ended went into the claim: the insurer returns it", ja: "終了した資格で請求：保険者から返戻される")
        case .notReported: Bilingual(en: "another person's record was not reported to the insurer", ja: "別人の情報を保険者に報告していない")
        case .nameLeftWrong: Bilingual(en: "the name stays as ● on the claim", ja: "氏名が●のまま残った")
        case .unneededPaperwork: Bilingual(en: "eligibility was fine: needless paperwork", ja: "資格に問題はなく、不要な書類を書かせた")
        case .notProof: Bilingual(en: "not proof of eligibility (the notice counts only with the card)", ja: "資格の証明にならない（お知らせはカードと一緒の場合だけ）")
        case .notHeld: Bilingual(en: "asked for something the patient does not have", ja: "お持ちでないものを求めた")
        case .noLastVisitData: Bilingual(en: "a first visit has no last-visit data", ja: "初診なので前回の情報がない")
        case .detailsNotNoted: Bilingual(en: "the details were not written down during the outage", ja: "回線障害中に必要事項を控えなかった")
        case .expiredCardAccepted: Bilingual(en: "an expired legacy card was accepted", ja: "期限切れの保険証を受け付けた")
        case .validCardRefused: Bilingual(en: "a card still valid was refused", ja: "使える保険証を断った")
        case .patientsAtDeadReader: Bilingual(en: "patients stand at a dead reader", ja: "故障したリーダーの前で患者さんが待ち続ける")
        case .unconfirmedAfterOutage: Bilingual(en: "patients from the outage were never confirmed", ja: "障害中の方の資格が確認されないまま")
        case .timeLost: Bilingual(en: "a needless step cost time", ja: "必要のない手順で時間がかかった")
        }
    }
}

extension Ruling.ErrorKind {
    package var name: Bilingual {
        switch self {
        case .slip: Bilingual(en: "slip (the right intention, the wrong key)", ja: "うっかり（意図は正しく、押し間違い）")
        case .lapse: Bilingual(en: "lapse (a step left out)", ja: "し忘れ（手順の抜け）")
        case .mistake: Bilingual(en: "mistake (the wrong rule)", ja: "思い違い（規則の誤り）")
        }
    }
}

extension Ruling.ErrorKind {
    /// One word, for a line of the timeline.
    package var shortName: Bilingual {
        switch self {
        case .slip: Bilingual(en: "slip", ja: "うっかり")
        case .lapse: Bilingual(en: "lapse", ja: "し忘れ")
        case .mistake: Bilingual(en: "wrong rule", ja: "思い違い")
        }
    }
}

extension Ruling.Verdict {
    package var name: Bilingual {
        switch self {
        case .correct: Bilingual(en: "correct", ja: "正しい対応")
        case .acceptable: Bilingual(en: "acceptable", ja: "許容")
        case .mistake: Bilingual(en: "mistake", ja: "誤り")
        }
    }
}
