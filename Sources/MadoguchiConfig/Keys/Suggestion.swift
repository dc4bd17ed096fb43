/// "Did you mean …?" for misspelt keys and options.
package enum Suggestion {
    /// Words longer than this get no suggestion: a typo of a key is short, and the edit
    /// distance costs the product of the lengths.
    static let longestWord = 64

    /// The closest candidate by edit distance, if close enough to be a plausible typo.
    package static func nearest(to word: String, among candidates: [String]) -> String? {
        let word = word.lowercased()
        let length = word.count
        guard length <= longestWord else { return nil }
        let limit = max(2, length / 3)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates where abs(candidate.count - length) <= limit {
            let d = distance(word, candidate.lowercased())
            if d <= limit, best == nil || d < best!.distance { best = (candidate, d) }
        }
        return best?.candidate
    }

    /// Levenshtein distance over characters.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            previous = current
        }
        return previous[b.count]
    }
}
