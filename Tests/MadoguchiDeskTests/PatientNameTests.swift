import Testing
@testable import MadoguchiDesk

@Suite struct PatientNameTests {
    @Test func namesAreDeterministicAndVaried() {
        #expect(PatientNames.name(id: 7, rareKanji: false) == PatientNames.name(id: 7, rareKanji: false))
        let names = Set((0..<100).map { PatientNames.name(id: $0, rareKanji: false).kanji })
        #expect(names.count > 50)
    }

    @Test func onlyTheDotFaultGetsRareKanji() {
        for id in 0..<200 {
            let common = PatientNames.name(id: id, rareKanji: false)
            let rare = PatientNames.name(id: id, rareKanji: true)
            #expect(!common.hasRareKanji && common.asShownByTerminal == common.kanji)
            #expect(rare.hasRareKanji)
            #expect(rare.asShownByTerminal.contains("●"))
            #expect(!rare.asShownByTerminal.contains { PatientNames.rareKanji.contains($0) })
        }
    }

    @Test func rareKanjiIncludeTheUsualSuspects() {
        let families = PatientNames.rareFamilies.map(\.kanji)
        #expect(families.contains("髙橋"))
        #expect(families.contains("﨑山"))
        let name = PatientName(family: "髙橋", given: "花子", kana: "タカハシ ハナコ", romaji: "Takahashi Hanako")
        #expect(name.asShownByTerminal == "●橋 花子")
        #expect(name.display(.en) == "Takahashi Hanako 髙橋 花子")
        #expect(name.display(.ja) == "髙橋 花子")
        #expect(name.display(.ja, asciiOnly: true) == "Takahashi Hanako")
    }
}
