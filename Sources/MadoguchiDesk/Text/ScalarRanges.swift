extension Array where Element == ClosedRange<UInt32> {
    /// Whether `value` lies in one of these ranges, which are sorted and do not overlap:
    /// a binary search, as the width tables are consulted for every character drawn.
    func containsSorted(_ value: UInt32) -> Bool {
        var low = 0
        var high = count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = self[middle]
            if value < range.lowerBound {
                high = middle - 1
            } else if value > range.upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }
}
