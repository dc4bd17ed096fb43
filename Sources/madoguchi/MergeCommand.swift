import ArgumentParser
import Foundation
import MadoguchiLab

struct MergeCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "merge",
            abstract: help(en: "Join recordings, such as the shards of one run.",
                           ja: "記録ファイル(1 回の実行のシャードなど)を結合します。"),
            discussion: help(en: """
                Completed runs of the same scenario (hash), seed, replication count and program \
                version become one completed run in OUT, equal to the run done in one go. Runs not \
                completed are left out and named; a set of shards lacking a replication or holding \
                one twice is refused before OUT is touched, and a merge that fails partway (a source found \
                damaged while copying) leaves OUT as it was. OUT is created (mode 0600) or appended to.

                Example (4 shards, e.g. a Slurm array job with --array=1-4):
                  madoguchi run monday-rush --replications 10000 --shard $SLURM_ARRAY_TASK_ID/4 --record shard-$SLURM_ARRAY_TASK_ID.sqlite
                  madoguchi merge monday.sqlite shard-1.sqlite shard-2.sqlite shard-3.sqlite shard-4.sqlite
                """, ja: """
                シナリオ(ハッシュ)、乱数シード、反復回数、プログラムのバージョンが同じ
                完了済みの実行を、OUT の 1 つの完了済みの実行にまとめます。結果は一度に
                実行した場合と同じです。未完了の実行は除外し、その旨を表示します。反復が
                欠けている、または重複しているシャードの組は、OUT に書き込む前に拒否します。
                途中で失敗した結合(コピー中に壊れた入力が見つかった場合など)は OUT を元のままにします。
                OUT は新規作成(モード 0600)するか、既存のファイルに追記します。

                例(4 シャード、たとえば Slurm の配列ジョブ --array=1-4 の場合):
                  madoguchi run monday-rush --replications 10000 --shard $SLURM_ARRAY_TASK_ID/4 --record shard-$SLURM_ARRAY_TASK_ID.sqlite
                  madoguchi merge monday.sqlite shard-1.sqlite shard-2.sqlite shard-3.sqlite shard-4.sqlite
                """)
        )
    }

    @Argument(help: ArgumentHelp(help(en: "The recording to write (created or appended to).",
                                      ja: "書き込み先の記録ファイル(新規作成または追記)。")))
    var output: String

    @Argument(help: ArgumentHelp(help(en: "The recordings to join.", ja: "結合する記録ファイル。")))
    var inputs: [String]

    @OptionGroup var language: LanguageOption

    func validate() throws {
        if inputs.isEmpty {
            throw ValidationError(language.text(en: "give the output file and at least one recording to merge",
                                                ja: "出力ファイルと、結合する記録ファイルを 1 つ以上指定してください"))
        }
    }

    func run() throws {
        do {
            let report = try RecordingMerge.merge(inputs: inputs, into: output)
            for skipped in report.skipped {
                LabFailure.note(language.text(en: "left out, not completed: \(skipped)", ja: "未完了のため除外: \(skipped)"))
            }
            for run in report.merged {
                print(language.text(en: "\(output): run \(run.runID) joins \(run.sources) runs, \(run.replications) replications",
                                    ja: "\(output): 実行 \(run.runID) に \(run.sources) 件の実行(反復 \(run.replications) 回)を結合しました"))
            }
        } catch {
            throw LabFailure.exit(error, language: language.value)
        }
    }
}
