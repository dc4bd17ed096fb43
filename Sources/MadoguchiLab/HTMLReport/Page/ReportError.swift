import MadoguchiClinic

/// Why the report could not be written, naming the file and what would work.
package enum ReportError: Error, Equatable, Sendable {
    /// OUT exists and is not a report this program wrote: never replaced.
    case notAReport(path: String)
    case unwritable(path: String, reason: String)

    package var message: Bilingual {
        switch self {
        case .notAReport(let path):
            return Bilingual(en: "\(path) exists and is not a Madoguchi report; it was left untouched. Give a new file name (or the name of an earlier report to replace it).",
                             ja: "\(path) はすでに存在し、Madoguchi のレポートではないため、触れていません。新しいファイル名(または置き換える以前のレポートの名前)を指定してください。")
        case .unwritable(let path, let reason):
            return Bilingual(en: "cannot write the report \(path): \(reason). Choose a writable place.",
                             ja: "レポート \(path) を書き込めません: \(reason)。書き込める場所を指定してください。")
        }
    }
}
