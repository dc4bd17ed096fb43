import MadoguchiSim
import Testing

@Suite struct WaitingLineTests {
    /// The ring wraps and grows while its head is mid-array: the order must survive both.
    @Test func keepsFirstInFirstOutThroughWrapsAndGrowth() {
        var line = WaitingLine<Int>()
        var model: [Int] = []
        var rng = Xoshiro256(seed: 11)
        var next = 0
        for _ in 0..<10_000 {
            if rng.chance(0.55) {
                line.append(next)
                model.append(next)
                next += 1
            } else {
                #expect(line.popFirst() == (model.isEmpty ? nil : model.removeFirst()))
            }
            #expect(line.count == model.count)
        }
        #expect(model.count > 100)
        #expect(line.elements == model)
        // Counting in place reads the same elements as `elements`, across the wrapped ring.
        #expect(line.count { $0 % 3 == 0 } == model.filter { $0 % 3 == 0 }.count)
        #expect(line.count { _ in true } == model.count)
    }

    /// Taken elements are released at once, not kept alive in the ring until overwritten.
    @Test func aTakenElementIsReleased() {
        final class Token {}
        var line = WaitingLine<Token>()
        weak var taken: Token?
        do {
            let token = Token()
            taken = token
            line.append(token)
        }
        #expect(taken != nil)
        _ = line.popFirst()
        #expect(taken == nil)
    }
}
