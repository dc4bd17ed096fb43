/// A slice of a run's replications for one machine of a batch job: shard i of n (1-based)
/// takes replications i−1, i−1+n, i−1+2n, … Striding rather than contiguous blocks keeps the
/// shards equally long whatever the total, and any slicing gives the same per-replication
/// numbers because replication r always uses stream r of the seed.
package struct Shard: Sendable, Equatable, CustomStringConvertible {
    package let index: Int
    package let count: Int

    package init(index: Int, count: Int) {
        precondition(count >= 1 && (1...count).contains(index))
        self.index = index
        self.count = count
    }

    /// Parses "i/n" with 1 ≤ i ≤ n; nil for anything else.
    package init?(parsing text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]), n >= 1, (1...n).contains(i) else { return nil }
        self.init(index: i, count: n)
    }

    /// This shard's replications out of `total`, in increasing order.
    package func replications(of total: Int) -> [Int] {
        Array(stride(from: index - 1, to: total, by: count))
    }

    package var description: String { "\(index)/\(count)" }
}
