import Foundation
import GRDB
import MadoguchiClinic
import MadoguchiTraining
import Testing
@testable import MadoguchiLab

/// `madoguchi report` through the real binary: a valid page whose SVGs parse, with the
/// numbers of the recordings it was made from, and nothing from a file able to run.
@Suite struct ReportPageTests {
    /// The page's structure as the parser sees it; records an issue for every rule broken.
    func checkPage(_ page: String) -> MarkupCheck {
        let check = MarkupCheck(page)
        #expect(check.isWellFormed, "\(check.error ?? "")")
        let prologue = page.hasPrefix("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"")
        #expect(prologue)
        let svgs = MarkupCheck.svgs(in: page)
        #expect(svgs.count == check.elements.filter { $0 == "svg" }.count)
        #expect(!svgs.isEmpty)
        for svg in svgs {
            let alone = MarkupCheck(svg)
            #expect(alone.isWellFormed, "\(alone.error ?? "")")
            #expect(alone.elements.first == "svg")
            #expect(alone.values(of: "xmlns", on: "svg") == ["http://www.w3.org/2000/svg"])
        }
        // Every chart is named and described for those who cannot see it, and has its table.
        #expect(check.svgFirstChildren.allSatisfy { $0 == ["title", "desc"] }, "\(check.svgFirstChildren)")
        for labels in check.values(of: "aria-labelledby", on: "svg") {
            #expect(labels.split(separator: " ").allSatisfy { check.ids.contains(String($0)) })
        }
        #expect(check.elements.filter { $0 == "figure" }.count == svgs.count)
        #expect(check.elements.filter { $0 == "table" }.count >= svgs.count)
        // Nothing runs and nothing loads: no script, no source from elsewhere, links inside the page.
        for forbidden in ["script", "iframe", "object", "embed", "img", "link", "image", "use", "foreignObject"] {
            #expect(!check.elements.contains(forbidden), "\(forbidden)")
        }
        #expect(!check.attributes.contains { $0.name.hasPrefix("on") || $0.name == "src" || $0.name == "style" || $0.name.hasSuffix("href") && !$0.value.hasPrefix("#") })
        // The policy allows exactly the page's one style sheet, by its hash.
        let policy = check.values(of: "content", on: "meta").first { $0.hasPrefix("default-src") }
        let style = page.range(of: "<style>").flatMap { start in page.range(of: "</style>").map { page[start.upperBound..<$0.lowerBound] } }
        let hash = style.map { Data(SHA256.digest(Array($0.utf8))).base64EncodedString() }
        #expect(policy == "default-src 'none'; style-src 'sha256-\(hash ?? "")'; img-src 'none'; base-uri 'none'; form-action 'none'")
        return check
    }

    @Test func labRunAndSweepMakeAValidPageWithTheirNumbers() throws {
        let dir = temporaryDirectory()
        #expect(try LabBinary.run(["run", "quiet-weekday", "--replications", "4", "--seed", "3", "--record", "r.sqlite", "--quiet"], in: dir).status == 0)
        #expect(try LabBinary.run(["sweep", "quiet-weekday", "--set", "staff.desks=1,2", "--replications", "3",
                                   "--record", "s.sqlite", "--quiet"], in: dir).status == 0)
        // The sweep's first point is the baseline: its second point is paired with it, the
        // other run (another seed) compared as independent.
        let result = try LabBinary.run(["report", "s.sqlite", "r.sqlite", "--html", "out.html", "--lang", "en"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let source = try String(contentsOfFile: dir + "/out.html", encoding: .utf8)
        let page = PageText(text: source)
        let check = checkPage(source)
        #expect(check.values(of: "lang", on: "html") == ["en"])
        for heading in ["Run 1 of r.sqlite: Quiet weekday", "Run 1 of s.sqlite", "Run 2 of s.sqlite", "Runs compared",
                        "Wait before the desk", "Queues over the day", "Utilization", "Faults", "Time to recovery",
                        "Effect on the mean wait"] {
            #expect(check.content.has(heading), "\(heading)")
        }
        // Three runs: per run, the waits, the numbers at reception (L, Lq) and utilization
        // across replications, the histogram, the percentiles, the queues, faults and
        // recovery; then the levels and six effects.
        #expect(MarkupCheck.svgs(in: source).count == 3 * 8 + 1 + 6)
        #expect(check.content.has("Patients at reception, on average over the day"))

        // The numbers are the recordings' own.
        let recorded = try DatabaseQueue(path: dir + "/r.sqlite", configuration: readOnly)
        let meanWait = try recorded.read { try Double.fetchOne($0, sql: "SELECT avg(wait_mean) / 60 FROM replications")! }
        let meanWaitCell = page.has("<td>\(ChartFormat.number(meanWait, decimals: 2))</td>")
        #expect(meanWaitCell)
        let sweep = try DatabaseQueue(path: dir + "/s.sqlite", configuration: readOnly)
        let effect = try sweep.read { db in
            try Double.fetchOne(db, sql: """
                SELECT avg(b.wait_mean - a.wait_mean) / 60 FROM replications a JOIN replications b
                ON a.replication = b.replication WHERE a.run_id = 1 AND b.run_id = 2
                """)!
        }
        let effectRow = "<th scope=\"row\">staff.desks=2 (run 2, s.sqlite)</th><td>mean wait</td><td>\(ChartFormat.number(effect, decimals: 2))</td>"
        let rows = (page.has(effectRow), page.has("<td>paired</td>"), page.has("<td>independent (Welch)</td>"))
        #expect(rows == (true, true, true))
    }

    @Test func japanesePage() throws {
        let dir = temporaryDirectory()
        #expect(try LabBinary.run(["run", "quiet-weekday", "--record", "r.sqlite", "--quiet"], in: dir).status == 0)
        #expect(try LabBinary.run(["report", "r.sqlite", "--html", "ja.html", "--lang", "ja"], in: dir).status == 0)
        let source = try String(contentsOfFile: dir + "/ja.html", encoding: .utf8)
        let check = checkPage(source)
        #expect(check.values(of: "lang", on: "html") == ["ja"])
        #expect(check.content.has("受付までの待ち時間"))
        #expect(check.content.has("反復 1 回のため"))
    }

    var readOnly: Configuration {
        var configuration = Configuration()
        configuration.readonly = true
        return configuration
    }
}
