import Foundation
import MadoguchiClinic

/// `madoguchi report FILE… --html OUT`: one self-contained page (no external file, no
/// script, works offline) with the project's own SVG charts of every run and session the
/// recordings hold, in Japanese or English (docs/report.md).
package enum HTMLReport {
    /// Marks a file as a report this program wrote, so that writing a new one may replace it.
    package static let generator = "madoguchi report"

    package static func render(_ input: ReportInput, language: Language, version: String) -> String {
        var b = ReportBuilder(language: language)
        let title = b.t(en: "Madoguchi report", ja: "窓口(Madoguchi)レポート")
        let origin = b.t(en: "From \(input.files.joined(separator: ", ")), by madoguchi \(version).",
                         ja: "\(input.files.joined(separator: "、")) から madoguchi \(version) で作成。")
        b.html.element("header") { html in
            html.element("h1", text: title)
            html.element("p", text: origin)
        }
        b.html.newline()
        let sections = ReportSection.all(input)
        if sections.isEmpty {
            b.paragraph(b.t(en: "The recordings hold no run and no session yet.", ja: "記録ファイルには実行もセッションもまだありません。"), note: true)
        } else {
            let label = b.t(en: "Contents", ja: "目次")
            let contents = sections.map { ($0.anchor, b.title(of: $0)) }
            b.html.element("nav", [("aria-label", label)]) { html in
                html.element("ul") { html in
                    for (anchor, text) in contents {
                        html.element("li") { html in html.element("a", [("href", "#" + anchor)], text: text) }
                    }
                }
            }
        }
        b.html.open("main")
        for section in sections { b.write(section) }
        b.html.close("main")
        b.html.element("footer", text: b.t(
            en: "Patients are synthetic. Intervals are 95 % Student-t intervals across replications unless said otherwise. Each chart's numbers are under “The numbers”.",
            ja: "患者はすべて架空です。特に断りのない限り、区間は反復間の95 % Student-t 信頼区間です。各グラフの数値は「数値」を開くと表示されます。"))
        return page(title: title, language: language, version: version, body: b.html)
    }

    static func page(title: String, language: Language, version: String, body: HTMLWriter) -> String {
        var html = HTMLWriter()
        html.element("html", [("xmlns", "http://www.w3.org/1999/xhtml"), ("lang", language.rawValue), ("xml:lang", language.rawValue)]) { html in
            html.newline()
            html.element("head") { html in
                html.empty("meta", [("charset", "utf-8")])
                html.empty("meta", [("http-equiv", "Content-Security-Policy"), ("content", ReportStyle.contentSecurityPolicy)])
                html.empty("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")])
                html.empty("meta", [("name", "generator"), ("content", "\(generator) \(version)")])
                html.element("title", text: title)
                html.element("style") { html in html.verbatim(ReportStyle.css) }
            }
            html.newline()
            html.element("body") { html in html.append(body) }
            html.newline()
        }
        return "<!DOCTYPE html>\n" + html.output + "\n"
    }
}
