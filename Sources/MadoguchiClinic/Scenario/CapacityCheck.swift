/// A rough offered-load check, so a run far over capacity says so instead of surprising.
extension Scenario {
    /// Expected staff-seconds of desk work per second of opening hours, per desk. Above 1
    /// the queue grows all day and drains only after closing.
    package var deskLoad: Double {
        let open = simulatedTime(closing)
        guard open > 0, desks > 0 else { return .infinity }
        let paper = pathMix.share(of: .legacyCard) + pathMix.share(of: .certificate) + pathMix.share(of: .none)
        let perPatient = times.registration.mean
            + firstVisitShare * times.firstVisitPaperwork.mean
            + paper * (times.credentialCheck.mean + times.onlineByNumber.mean)
        return arrivalRate.expectedArrivals * perPatient / (open * Double(desks))
    }

    /// A warning in English and Japanese when the desk cannot keep up, else nil.
    package var capacityWarning: (en: String, ja: String)? {
        let load = deskLoad
        guard load > 1 else { return nil }
        let percent = Int((load * 100).rounded())
        return ("warning: the desk is offered \(percent) % of its capacity; the queue grows all day and the run goes on until it drains",
                "警告: 受付の負荷が処理能力の\(percent)%です。待ち行列は一日中伸び続け、すべての患者が受付を終えるまで実行が続きます")
    }
}
