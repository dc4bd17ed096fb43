extension Translations {
    static let header: [UIText: Translation] = [
        .headerPaused: Translation("一時停止中", "Paused"),
        .modeAutopilot: Translation("自動操作", "Autopilot"),
        .speedRealTime: Translation("等速", "real time"),
        .speedTimes: Translation("{0}倍速", "×{0}"),
        .speedMaximum: Translation("最速", "flat out"),
    ]

    static let panels: [UIText: Translation] = [
        .panelWaiting: Translation("待合", "Waiting room"),
        .panelReader: Translation("カードリーダー", "Card reader"),
        .panelDesk: Translation("受付窓口", "Desk"),
        .panelStatistics: Translation("統計", "Statistics"),
        .panelLog: Translation("ログ", "Event log"),
        .panelHelp: Translation("ヘルプ", "Help"),
        .statWaiting: Translation("待ち人数", "Waiting"),
        .statServed: Translation("受付済み", "Served"),
        .statMeanWait: Translation("平均待ち時間", "Mean wait"),
        .statUsageRate: Translation("マイナ保険証利用率", "My Number card usage"),
    ]
}

/// The text tables, one per screen area; `UIText.translation` looks a key up in all of them.
enum Translations {}
