/// Maps theme colours to colour numbers a terminal of a given depth understands. Pure, so
/// the choice of the nearest colour is tested without a terminal.
package enum ColorDegradation {
    /// The colour number for `color` at `depth`; `terminalDefault` when there is no colour.
    package static func terminalColor(_ color: ThemeColor, depth: ColorDepth) -> TerminalColor {
        switch (color, depth) {
        case (.terminalDefault, _), (_, .none):
            return .terminalDefault
        case let (.named(name), .eight):
            return .number(name.index % 8)
        case let (.named(name), _):
            return .number(name.index)
        case let (.rgb(rgb), .truecolor):
            return .number(rgb.packed)
        case let (.rgb(rgb), .palette256):
            return .number(nearestXterm256(rgb))
        case let (.rgb(rgb), .sixteen):
            return .number(ansiByHue(rgb, count: 16))
        case let (.rgb(rgb), .eight):
            return .number(ansiByHue(rgb, count: 8))
        }
    }

    /// The nearest of xterm's 6×6×6 cube and 24 greys (numbers 16–255). The first 16 are
    /// left out because users redefine them.
    package static func nearestXterm256(_ rgb: RGB) -> Int {
        let cube = 16 + 36 * cubeStep(rgb.red) + 6 * cubeStep(rgb.green) + cubeStep(rgb.blue)
        let average = (Int(rgb.red) + Int(rgb.green) + Int(rgb.blue)) / 3
        let greyStep = min(23, max(0, (average - 3) / 10))
        let grey = 232 + greyStep
        return distance(rgb, xterm256RGB(grey)) < distance(rgb, xterm256RGB(cube)) ? grey : cube
    }

    /// One of the first `count` (8 or 16) ANSI colours, chosen by hue rather than distance:
    /// by distance, pastel yellows and cyans become white and a warning would look like
    /// text. Dark or greyish colours become black, grey or white by brightness.
    package static func ansiByHue(_ rgb: RGB, count: Int) -> Int {
        let red = Double(rgb.red) / 255, green = Double(rgb.green) / 255, blue = Double(rgb.blue) / 255
        let brightest = max(red, green, blue)
        let darkest = min(red, green, blue)
        let saturation = brightest == 0 ? 0 : (brightest - darkest) / brightest
        let bright = count >= 16
        if brightest < 0.25 || saturation < 0.2 {
            guard bright else { return brightest < 0.5 ? 0 : 7 }
            return brightest < 0.25 ? 0 : brightest < 0.6 ? 8 : brightest < 0.85 ? 7 : 15
        }
        let chroma = brightest - darkest
        var hue: Double
        if brightest == red {
            hue = 60 * ((green - blue) / chroma)
        } else if brightest == green {
            hue = 60 * ((blue - red) / chroma + 2)
        } else {
            hue = 60 * ((red - green) / chroma + 4)
        }
        hue = (hue + 30 + 360).truncatingRemainder(dividingBy: 360)
        let base = [1, 3, 2, 6, 4, 5][Int(hue / 60)]
        return bright && brightest > 0.8 ? base + 8 : base
    }

    /// The RGB value xterm shows for a colour number 16–255.
    package static func xterm256RGB(_ number: Int) -> RGB {
        if number >= 232 {
            let level = UInt8(8 + 10 * (number - 232))
            return RGB(level, level, level)
        }
        let index = number - 16
        return RGB(cubeLevels[index / 36], cubeLevels[index / 6 % 6], cubeLevels[index % 6])
    }

    static let cubeLevels: [UInt8] = [0, 95, 135, 175, 215, 255]

    private static func cubeStep(_ component: UInt8) -> Int {
        let value = Int(component)
        return value < 48 ? 0 : value < 115 ? 1 : (value - 35) / 40
    }

    /// "Redmean" distance: cheap, and closer to how eyes compare colours than plain RGB
    /// distance.
    static func distance(_ a: RGB, _ b: RGB) -> Int {
        let meanRed = (Int(a.red) + Int(b.red)) / 2
        let red = Int(a.red) - Int(b.red)
        let green = Int(a.green) - Int(b.green)
        let blue = Int(a.blue) - Int(b.blue)
        return ((512 + meanRed) * red * red >> 8) + 4 * green * green + ((767 - meanRed) * blue * blue >> 8)
    }
}

/// A colour as the terminal takes it: its default, or a colour number (for direct-colour
/// terminals the number is 0xRRGGBB).
package enum TerminalColor: Equatable, Hashable, Sendable {
    case terminalDefault
    case number(Int)
}
