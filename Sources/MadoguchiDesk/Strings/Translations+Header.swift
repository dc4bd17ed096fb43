import MadoguchiClinic

extension Translations {
    static let header: [UIText: Bilingual] = [
        .headerPaused: Bilingual(en: "Paused", ja: "一時停止中"),
        .modeAutopilot: Bilingual(en: "Autopilot", ja: "自動操作"),
        .speedRealTime: Bilingual(en: "real time", ja: "等速"),
        .speedTimes: Bilingual(en: "×{0}", ja: "{0}倍速"),
        .speedMaximum: Bilingual(en: "flat out", ja: "最速"),
    ]

    static let panels: [UIText: Bilingual] = [
        .panelWaiting: Bilingual(en: "Waiting room", ja: "待合"),
        .panelReader: Bilingual(en: "Card reader", ja: "カードリーダー"),
        .panelDesk: Bilingual(en: "Desk", ja: "受付窓口"),
        .panelStatistics: Bilingual(en: "Statistics", ja: "統計"),
        .panelLog: Bilingual(en: "Event log", ja: "ログ"),
        .panelHelp: Bilingual(en: "Help", ja: "ヘルプ"),
        .statWaiting: Bilingual(en: "Waiting", ja: "待ち人数"),
        .statServed: Bilingual(en: "Served", ja: "受付済み"),
        .statMeanWait: Bilingual(en: "Mean wait", ja: "平均待ち時間"),
        .statUsageRate: Bilingual(en: "My Number card usage", ja: "マイナ保険証利用率"),
    ]
}

/// The text tables, one per screen area; `UIText.translation` looks a key up in all of them.
enum Translations {}
