import Testing
@testable import MadoguchiDesk

@Suite struct SparklineTests {
    @Test func scalesFromZeroToTheLargest() {
        #expect(Sparkline.render([0, 1, 2, 3, 4, 5, 6, 7], columns: 8) == "▁▂▃▄▅▆▇█")
        #expect(Sparkline.render([0, 7], columns: 8, ascii: true) == "_#")
    }

    @Test func keepsOnlyTheLastColumns() {
        #expect(Sparkline.render([7, 0, 7], columns: 2) == "▁█")
    }

    @Test func edgeCases() {
        #expect(Sparkline.render([], columns: 5) == "")
        #expect(Sparkline.render([1, 2], columns: 0) == "")
        #expect(Sparkline.render([0, 0, 0], columns: 3) == "▁▁▁")
        #expect(Sparkline.render([4, 4], columns: 2) == "██")
        #expect(Sparkline.render([-1, 1], columns: 2) == "▁█")
    }
}
