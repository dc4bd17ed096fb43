/// A label's width in pixels, estimated without fonts: wide (East Asian) characters take a
/// full em, others about 0.6. Enough to leave room for labels beside a plot.
enum TextWidth {
    static func estimate(_ text: String, fontSize: Double = 12) -> Double {
        text.unicodeScalars.reduce(0) { width, scalar in
            let v = scalar.value
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
                || (0xFFE0...0xFFE6).contains(v)
            return width + (wide ? 1.0 : 0.6) * fontSize
        }
    }
}
