/// Text made safe to place in HTML, SVG or an attribute value: the five characters markup
/// gives meaning to become character references, and control characters (which XML forbids
/// and a terminal would obey) are dropped. Everything that came from a file (a scenario or
/// lesson title, a clinic or trainee name) passes through here, so a title holding
/// `<script>` or `</svg>` shows as those characters and runs nothing.
enum HTMLText {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            default:
                let v = scalar.value
                if v < 0x20 || (0x7F...0x9F).contains(v) || v == 0xFFFE || v == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
