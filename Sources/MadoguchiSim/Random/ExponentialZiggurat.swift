import CZiggurat
#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// For any generator: inlined, it is specialised for each (the clinic draws from SplitMix64,
/// M/M/c from xoshiro256**).
extension RandomNumberGenerator {
    /// A standard exponential (mean 1) by the ziggurat of Marsaglia & Tsang (2000) with 256
    /// levels, drawn as numpy draws it since 1.17: one 64-bit draw gives a level (8 bits) and a
    /// 53-bit position across it; 98.9 % of draws land inside their level's rectangle and cost a
    /// multiplication and a comparison where inversion costs a call to `log`. The tables are in
    /// CZiggurat/exponential_ziggurat.h, which says why they are C.
    @inlinable @inline(__always) public mutating func standardExponential() -> Double {
        let bits = next() >> 3
        let level = Int(truncatingIfNeeded: bits & 0xFF)
        let position = bits >> 8
        let x = Double(position) * mg_ziggurat_widths()[level]
        if position < mg_ziggurat_thresholds()[level] { return x }
        return exponentialOutsideRectangle(level: level, x: x)
    }

    /// The 1.1 % of draws outside their level's rectangle. In the base level that is the tail
    /// beyond r, where an exponential is memoryless: r plus a fresh one by inversion, as
    /// -log1p(-u), which does not round 1 - u first. Elsewhere it is the wedge between the
    /// rectangle and the curve, kept when a uniform height falls under exp(-x); a rejected draw
    /// starts again.
    @inlinable @inline(never) mutating func exponentialOutsideRectangle(level: Int, x: Double) -> Double {
        if level == 0 { return mg_ziggurat_r - log1p(-unit()) }
        let f = mg_ziggurat_densities()
        if (f[level - 1] - f[level]) * unit() + f[level] < exp(-x) { return x }
        return standardExponential()
    }
}
