import MadoguchiClinic

/// What can go wrong with a recording file, each naming the file and what would work.
package enum RecordingError: Error, Equatable, Sendable {
    case notARecording(path: String)
    case newerSchema(path: String, found: Int, supported: Int)
    /// A recording SQLite finds damaged: cut short by a failed copy, or overwritten in part.
    case damaged(path: String)
    case unwritable(path: String, reason: String)
    case full(path: String)
    case missing(path: String)
    case isDirectory(path: String)
    case unreadable(path: String, reason: String)
    case mergeMismatch(path: String, reason: Bilingual)
    /// No completed run among the inputs; `leftOut` names the runs that were not completed.
    case nothingToMerge(leftOut: [String])
    case exportTargetExists(path: String)

    package var message: Bilingual {
        switch self {
        case .notARecording(let path):
            return Bilingual(en: "\(path) is not a Madoguchi recording; it was left untouched. Give a new file name or an existing recording.",
                             ja: "\(path) は Madoguchi の記録ファイルではありません。ファイルには触れていません。新しいファイル名か既存の記録ファイルを指定してください。")
        case .newerSchema(let path, let found, let supported):
            return Bilingual(en: "\(path) has recording schema \(found), newer than the \(supported) this version understands; it was left untouched. Use a newer madoguchi or a new file.",
                             ja: "\(path) の記録スキーマ \(found) は、このバージョンが扱える \(supported) より新しいため、ファイルには触れていません。新しい madoguchi を使うか、別のファイルを指定してください。")
        case .damaged(let path):
            return Bilingual(en: "\(path) is a damaged Madoguchi recording (cut short, or overwritten in part); it was left untouched. Use the original file or a complete copy.",
                             ja: "\(path) は壊れた Madoguchi の記録ファイルです(途中で切れているか、一部が上書きされています)。ファイルには触れていません。元のファイルか完全なコピーを指定してください。")
        case .unwritable(let path, let reason):
            return Bilingual(en: "cannot write the recording \(path): \(reason). Choose a writable place.",
                             ja: "記録ファイル \(path) に書き込めません: \(reason)。書き込める場所を指定してください。")
        case .full(let path):
            return Bilingual(en: "the disk holding \(path) is full; every replication committed before stays in the file. Free some space or record elsewhere.",
                             ja: "\(path) のディスクがいっぱいです。それまでに書き込んだ反復はファイルに残っています。空きを作るか別の場所に記録してください。")
        case .missing(let path):
            return Bilingual(en: "no recording at \(path)", ja: "記録ファイル \(path) がありません")
        case .isDirectory(let path):
            return Bilingual(en: "\(path) is a directory; give a file name for the recording",
                             ja: "\(path) はディレクトリです。記録ファイルのファイル名を指定してください")
        case .unreadable(let path, let reason):
            return Bilingual(en: "cannot read the recording \(path): \(reason)", ja: "記録ファイル \(path) を読めません: \(reason)")
        case .mergeMismatch(let path, let reason):
            return Bilingual(en: "cannot merge \(path): \(reason.en)", ja: "\(path) を結合できません: \(reason.ja)")
        case .nothingToMerge(let leftOut) where !leftOut.isEmpty:
            return Bilingual(en: "no completed runs to merge; left out, not completed: \(leftOut.joined(separator: ", "))",
                             ja: "結合できる完了済みの実行がありません。未完了のため除外: \(leftOut.joined(separator: "、"))")
        case .nothingToMerge:
            return Bilingual(en: "no completed runs to merge", ja: "結合できる完了済みの実行がありません")
        case .exportTargetExists(let path):
            return Bilingual(en: "\(path) already exists; it was left untouched. Export into an empty directory.",
                             ja: "\(path) はすでに存在するため、触れていません。空のディレクトリに書き出してください。")
        }
    }

    package func message(in language: Language) -> String { message.text(language) }

    /// Whether the file given was wrong (exit status 2) rather than the system failing us
    /// (a file that cannot be written or read, a full disk: exit status 1).
    package var isBadInput: Bool {
        switch self {
        case .unwritable, .full, .unreadable: false
        default: true
        }
    }
}
