import CExpTable
#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// e^x, as glibc's `exp` computes it without fused multiply-adds (Arm's optimized-routines,
/// Tang's table method): x = (k ln 2)/128 + r with |r| ≤ ln 2/256, and e^x = 2^(k/128) e^r, the
/// power from a table of 128 (CExpTable/exp_table.h) and e^r from a polynomial of degree 5.
/// Error below 0.52 ulp.
///
/// Why not `exp` itself: every lognormal duration calls it, four a clinic patient, and the call
/// costs 51 instructions (glibc's wrapper, then the version its CPU check chose); this, inlined,
/// costs about 25. And it gives the same bits on every machine, where glibc's result may differ
/// in the last bit between CPUs with fused multiply-adds and those without, and with them a
/// simulation's numbers. Outside [-512, 512] (and for NaN, and below 2⁻⁵⁴ in size) it hands
/// over to `exp`, where overflow, underflow and subnormal results need care.
@inlinable @inline(__always) public func tableExp(_ x: Double) -> Double {
    // The top 12 bits of |x|: below 2⁻⁵⁴ or from 512 up (or not a number) is the rare case.
    let top = Int(truncatingIfNeeded: x.bitPattern >> 52) & 0x7FF
    if UInt(bitPattern: top &- 0x3C9) >= UInt(0x408 - 0x3C9) { return exp(x) }
    // k = x·128/ln 2 rounded to the nearest whole number, by adding and taking away 1.5·2⁵²
    // (rounding to nearest even, as `rint` does), its bits read from the sum's low bits.
    let shifted = x * 0x1.71547652b82fep7 + 0x1.8p52
    let k = shifted.bitPattern
    let kd = shifted - 0x1.8p52
    // r = x - k ln2/128, with ln2/128 in two parts so that k times the first is exact.
    let r = x + kd * -0x1.62e42fefa0000p-8 + kd * -0x1.cf79abc9e3b3ap-47
    let entries = mg_exp_entries()
    let i = Int(truncatingIfNeeded: k & 127) << 1
    let tail = Double(bitPattern: entries[i])
    let scale = Double(bitPattern: entries[i + 1] &+ (k << 45))
    let r2 = r * r
    let sum = tail + r + r2 * (0x1.ffffffffffdbdp-2 + r * 0x1.555555555543cp-3)
        + r2 * r2 * (0x1.55555cf172b91p-5 + r * 0x1.1111167a4d017p-7)
    return scale + scale * sum
}
