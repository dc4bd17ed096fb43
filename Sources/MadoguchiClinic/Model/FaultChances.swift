import MadoguchiSim

/// The per-visit faults' chances, prepared so that a patient no fault strikes (about four in
/// five) costs one draw and a few instructions instead of a draw per fault.
///
/// Fault i strikes when its own uniform U_i = (x_i + f_i) / 128 falls below its chance p_i.
/// The whole part x_i is 7 bits, one byte of a draw that eight faults share (the byte's top
/// bit unused); the fraction f_i is a draw of its own at a position fixed for the fault,
/// made only when x_i = ⌊128 p_i⌋, the one value x_i cannot decide alone. So every fault
/// strikes independently with its own chance, and a patient's U_i depend on no chance: a
/// higher rate strikes everyone a lower one struck, and nothing else moves
/// (CommonRandomNumbersTests). The eight whole parts are compared with their bounds at once,
/// as the bytes of one word.
package struct FaultChances: Sendable {
    /// Up to eight faults decided by the bytes of one draw.
    struct Group: Sendable {
        /// Byte j: ⌊128 p⌋ + 1 of the group's fault j, at most 128, or 0 where the group has
        /// no fault j. (x | 0x80) − bound has its top bit set exactly when x ≥ bound, and
        /// borrows from no neighbour, as x | 0x80 ≥ 128 ≥ bound. At 128 (p ≥ 127/128) no x
        /// passes, and the fault is always decided one by one.
        let bounds: UInt64
        let members: [Member]
    }

    /// One fault of a group, its chance split at the byte's resolution.
    struct Member: Sendable {
        let fault: FaultSet
        /// ⌊128 p⌋: below it the fault strikes, above it not.
        let whole: UInt64
        /// 128 p − ⌊128 p⌋, exact in a double: the chance it strikes when x = ⌊128 p⌋.
        let fraction: Chance
    }

    let groups: [Group]

    /// The faults in a fixed order, which fixes each patient's fate for a seed.
    package init(_ faults: [(fault: FaultSet, probability: Double)]) {
        groups = stride(from: 0, to: faults.count, by: 8).map { start in
            let members = faults[start..<min(start + 8, faults.count)].map { fault, p in
                let scaled = min(max(p, 0), 1) * 128
                return Member(fault: fault, whole: UInt64(scaled), fraction: Chance(scaled - scaled.rounded(.down)))
            }
            let bounds = members.enumerated().reduce(UInt64(0)) { $0 | min($1.element.whole + 1, 128) << (8 * UInt64($1.offset)) }
            return Group(bounds: bounds, members: members)
        }
    }

    /// The faults that strike one patient: his last draws, as their number varies.
    @inline(__always) package func draw(_ rng: inout SplitMix64) -> FaultSet {
        let start = rng
        var fate = FaultSet()
        groups.withUnsafeBufferPointer { groups in
            for g in groups.indices {
                let word = rng.next() & 0x7F7F_7F7F_7F7F_7F7F
                let high: UInt64 = 0x8080_8080_8080_8080
                // The top bit of byte j, where x_j < ⌊128 p_j⌋ + 1.
                let undecided = ~((word | high) &- groups[g].bounds) & high
                if undecided != 0 { fate.formUnion(strikes(groups[g], word, undecided, start, firstFraction: groups.count + 8 * g)) }
            }
        }
        return fate
    }

    /// Out of line: only a patient with some x_j ≤ ⌊128 p_j⌋ comes here, and only those
    /// faults are looked at. The fraction of fault j is output `firstFraction + j + 1` of the
    /// patient's stream as it stood before the groups' draws, a position past all of them.
    @inline(never) func strikes(_ group: Group, _ word: UInt64, _ undecided: UInt64, _ start: SplitMix64,
                                firstFraction: Int) -> FaultSet {
        var fate = FaultSet()
        var left = undecided
        while left != 0 {
            let j = left.trailingZeroBitCount / 8
            left &= left &- 1
            let x = word >> UInt64(8 * j) & 0x7F
            let member = group.members[j]
            if x < member.whole || member.fraction.admits(start.output(UInt64(firstFraction + j + 1)) >> 11) {
                fate.formUnion(member.fault)
            }
        }
        return fate
    }
}
