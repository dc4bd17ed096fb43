import Testing
@testable import MadoguchiClinic

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

    /// 渡邉 is in JIS X 0208: a terminal limited to levels 1–2 draws it, so it is no ● case.
    @Test func onlyKanjiOutsideJISX0208CountAsRare() {
        #expect(!PatientNames.rareKanji.contains("邉"))
        #expect(!PatientNames.rareFamilies.map(\.kanji).contains("渡邉"))
    }

    /// A record of another person must differ from the patient in what the clerk compares.
    @Test func birthDatesAndSexesVaryWithTheId() {
        let people = (0..<200).map { PatientNames.name(id: $0, rareKanji: false) }
        #expect(Set(people.map(\.birth)).count > 150)
        #expect(people.contains(where: \.female) && people.contains { !$0.female })
        #expect(people.allSatisfy { CalendarDate.isValid(year: $0.birth.year, month: $0.birth.month, day: $0.birth.day) })
        #expect(PatientNames.name(id: 5, rareKanji: false).birth == PatientNames.name(id: 5, rareKanji: true).birth)
    }

    @Test func rareKanjiIncludeTheUsualSuspects() {
        let families = PatientNames.rareFamilies.map(\.kanji)
        #expect(families.contains("髙橋"))
        #expect(families.contains("﨑山"))
        let name = PatientName(family: "髙橋", given: "花子", kana: "タカハシ ハナコ", romaji: "Takahashi Hanako",
                               birth: CalendarDate(year: 1950, month: 4, day: 1), female: true)
        #expect(name.asShownByTerminal == "●橋 花子")
        #expect(name.display(.en) == "Takahashi Hanako 髙橋 花子")
        #expect(name.display(.ja) == "髙橋 花子")
        #expect(name.display(.ja, asciiOnly: true) == "Takahashi Hanako")
    }
}
