import MadoguchiLab

/// `--shard i/n`: shard i of n, 1 ≤ i ≤ n.
struct ShardArgument: CheckedArgument {
    let shard: Shard

    static func parse(_ text: String) throws(ArgumentValueError) -> Self {
        guard let shard = Shard(parsing: text) else {
            throw ArgumentValueError(en: "give i/n with 1 ≤ i ≤ n, e.g. 2/4",
                                     ja: "i/n(1 ≤ i ≤ n)の形で指定してください(例: 2/4)")
        }
        return Self(shard: shard)
    }

    var defaultValueDescription: String { shard.description }
}
