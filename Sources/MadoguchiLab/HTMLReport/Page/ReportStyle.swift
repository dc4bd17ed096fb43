import Foundation

/// The page's only style sheet, and the Content-Security-Policy that lets exactly it apply:
/// nothing may load or run (`default-src 'none'`), and the one `<style>` element is allowed
/// by its SHA-256 hash rather than by allowing inline styles in general. The report has no
/// scripts; a `<script>` smuggled into it would not run.
enum ReportStyle {
    static let css = """
        body { font-family: system-ui, Noto Sans CJK JP, IPAGothic, Hiragino Sans, sans-serif; margin: 2em auto; max-width: 820px; padding: 0 1em; color: #222; line-height: 1.5; }
        h1 { font-size: 1.6em; } h2 { border-bottom: 2px solid #0072B2; margin-top: 2em; } h3 { margin-top: 1.6em; }
        nav ul { padding-left: 1.2em; } dl { display: grid; grid-template-columns: max-content auto; gap: 0.2em 1em; }
        dt { font-weight: bold; } dd { margin: 0; }
        figure { margin: 1.5em 0; } figure svg { max-width: 100%; height: auto; } svg text { font-family: inherit; fill: #222; }
        figcaption { font-size: 0.9em; color: #444; }
        table { border-collapse: collapse; margin: 0.8em 0; font-size: 0.85em; }
        caption { text-align: left; font-weight: bold; padding: 0.3em 0; }
        th, td { border: 1px solid #ccc; padding: 0.2em 0.5em; text-align: left; vertical-align: top; }
        td { font-variant-numeric: tabular-nums; } thead th { background: #f0f4f8; }
        details summary { cursor: pointer; color: #0072B2; font-size: 0.9em; }
        .note { color: #555; font-style: italic; }
        footer { margin-top: 3em; font-size: 0.85em; color: #555; }
        """

    static var hash: String { Data(SHA256.digest(Array(css.utf8))).base64EncodedString() }

    static var contentSecurityPolicy: String {
        "default-src 'none'; style-src 'sha256-\(hash)'; img-src 'none'; base-uri 'none'; form-action 'none'"
    }
}
