/// `--replications R`: 1 to 1,000,000 simulated days (compare needs at least 2).
struct ReplicationCount: CheckedArgument {
    static let limit = 1_000_000
    let value: Int

    static func parse(_ text: String) throws(ArgumentValueError) -> Self {
        guard let value = Int(text), (1...limit).contains(value) else {
            throw ArgumentValueError(en: "give a whole number of replications from 1 to \(limit)",
                                     ja: "反復回数は 1〜\(limit) の整数で指定してください")
        }
        return Self(value: value)
    }
}

/// `--threads N`: 1 to 1024 worker threads.
struct ThreadCount: CheckedArgument {
    let value: Int

    static func parse(_ text: String) throws(ArgumentValueError) -> Self {
        guard let value = Int(text), (1...1024).contains(value) else {
            throw ArgumentValueError(en: "give a whole number of threads from 1 to 1024",
                                     ja: "スレッド数は 1〜1024 の整数で指定してください")
        }
        return Self(value: value)
    }
}
