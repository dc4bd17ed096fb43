import Testing
@testable import MadoguchiDesk

@Suite struct ColorDegradationTests {
    @Test func truecolorKeepsTheExactValue() {
        #expect(ColorDegradation.terminalColor(.rgb(RGB(0x12, 0x34, 0x56)), depth: .truecolor) == .number(0x123456))
    }

    @Test func nearestXterm256() {
        #expect(ColorDegradation.nearestXterm256(RGB(255, 0, 0)) == 196)
        #expect(ColorDegradation.nearestXterm256(RGB(0, 0, 0)) == 16)
        #expect(ColorDegradation.nearestXterm256(RGB(255, 255, 255)) == 231)
        #expect(ColorDegradation.nearestXterm256(RGB(0x80, 0x80, 0x80)) == 244)
        #expect(ColorDegradation.nearestXterm256(RGB(95, 135, 175)) == 67)
        #expect(ColorDegradation.nearestXterm256(RGB(0x1B, 0x1E, 0x24)) == 234)
    }

    @Test("every palette entry maps to itself", arguments: 16...255)
    func xterm256RoundTrip(_ number: Int) {
        let rgb = ColorDegradation.xterm256RGB(number)
        #expect(ColorDegradation.xterm256RGB(ColorDegradation.nearestXterm256(rgb)) == rgb)
    }

    @Test func sixteenAndEightKeepTheHue() {
        #expect(ColorDegradation.ansiByHue(RGB(255, 0, 0), count: 16) == 9)
        #expect(ColorDegradation.ansiByHue(RGB(255, 0, 0), count: 8) == 1)
        #expect(ColorDegradation.ansiByHue(RGB(0xEB, 0xCB, 0x8B), count: 8) == 3)
        #expect(ColorDegradation.ansiByHue(RGB(0xEB, 0xCB, 0x8B), count: 16) == 11)
        #expect(ColorDegradation.ansiByHue(RGB(0x88, 0xC0, 0xD0), count: 8) == 6)
        #expect(ColorDegradation.ansiByHue(RGB(0xA3, 0xBE, 0x8C), count: 8) == 2)
        #expect(ColorDegradation.ansiByHue(RGB(0x1A, 0x4F, 0xC4), count: 16) == 4)
        #expect(ColorDegradation.ansiByHue(RGB(0xB4, 0x8E, 0xAD), count: 8) == 5)
    }

    @Test func greysGoByBrightness() {
        #expect(ColorDegradation.ansiByHue(RGB(0x1B, 0x1E, 0x24), count: 16) == 0)
        #expect(ColorDegradation.ansiByHue(RGB(0x23, 0x28, 0x31), count: 8) == 0)
        #expect(ColorDegradation.ansiByHue(RGB(0x7B, 0x83, 0x94), count: 16) == 8)
        #expect(ColorDegradation.ansiByHue(RGB(0xD8, 0xDE, 0xE9), count: 16) == 15)
        #expect(ColorDegradation.ansiByHue(RGB(0xD8, 0xDE, 0xE9), count: 8) == 7)
    }

    @Test func namedColorsKeepTheirNumberAndLoseBrightnessAtEight() {
        #expect(ColorDegradation.terminalColor(.named(.brightRed), depth: .palette256) == .number(9))
        #expect(ColorDegradation.terminalColor(.named(.brightRed), depth: .sixteen) == .number(9))
        #expect(ColorDegradation.terminalColor(.named(.brightRed), depth: .eight) == .number(1))
        #expect(ColorDegradation.terminalColor(.named(.white), depth: .eight) == .number(7))
    }

    @Test func noColorMeansTheTerminalDefault() {
        for color in [ThemeColor.rgb(RGB(1, 2, 3)), .named(.red), .terminalDefault] {
            #expect(ColorDegradation.terminalColor(color, depth: .none) == .terminalDefault)
        }
    }

    @Test func depthFromColorCount() {
        #expect(ColorDepth.detect(colors: 1 << 24, environment: [:]) == .truecolor)
        #expect(ColorDepth.detect(colors: 256, environment: ["COLORTERM": "truecolor"]) == .palette256)
        #expect(ColorDepth.detect(colors: 256, environment: [:]) == .palette256)
        #expect(ColorDepth.detect(colors: 88, environment: [:]) == .sixteen)
        #expect(ColorDepth.detect(colors: 16, environment: [:]) == .sixteen)
        #expect(ColorDepth.detect(colors: 8, environment: [:]) == .eight)
        #expect(ColorDepth.detect(colors: 0, environment: [:]) == .none)
        #expect(ColorDepth.detect(colors: -1, environment: [:]) == .none)
    }

    @Test func noColorEnvironmentTurnsColourOff() {
        #expect(ColorDepth.detect(colors: 1 << 24, environment: ["NO_COLOR": "1"]) == .none)
        #expect(ColorDepth.detect(colors: 256, environment: ["NO_COLOR": ""]) == .palette256)
    }

    @Test func paletteWithoutColourUsesMonoAttributes() throws {
        let palette = Palette(theme: try Theme.load(nameOrPath: "default"), depth: .none)
        for role in Role.allCases {
            #expect(palette[role].foreground == .terminalDefault)
            #expect(palette[role].background == .terminalDefault)
        }
        #expect(palette[.selection].attributes.contains(.reverse))
        #expect(palette[.header].attributes.contains(.reverse))
        #expect(palette[.error].attributes.contains(.bold))
    }

    @Test func paletteDegradesEveryRole() throws {
        let theme = try Theme.load(nameOrPath: "default")
        let palette = Palette(theme: theme, depth: .eight)
        for role in Role.allCases {
            if case let .number(number) = palette[role].foreground { #expect((0..<8).contains(number)) }
            if case let .number(number) = palette[role].background { #expect((0..<8).contains(number)) }
            #expect(palette[role].attributes == theme.style(for: role).attributes)
        }
    }
}
