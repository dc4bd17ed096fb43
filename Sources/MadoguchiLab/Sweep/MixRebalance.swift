import MadoguchiClinic

/// Setting one share of a mix (`mix.path.myna_card=0.6`, the card share of the issue's
/// sweeps) rescales the other shares of that mix in proportion, so that they still sum to 1
/// and keep their ratios; without it every point would have to set all of them. A mix whose
/// shares the user sets more than one of is left as given.
public enum MixRebalance {
    /// The overrides to load: `overrides` plus, for each mix with exactly one share set,
    /// the other shares of that mix in `base` rescaled.
    public static func expand(_ overrides: [(key: String, value: String)], base: Scenario) -> [(key: String, value: String)] {
        var result = overrides
        let mixes = Dictionary(grouping: overrides.compactMap { mixKey($0.key) }, by: \.mix)
        for (mix, keys) in mixes.sorted(by: { $0.key < $1.key }) where keys.count == 1 {
            guard let shares = shares(of: mix, in: base),
                  let set = overrides.first(where: { $0.key == keys[0].key }).flatMap({ Double($0.value) }),
                  shares.contains(where: { $0.option == keys[0].option }) else { continue }
            let others = shares.filter { $0.option != keys[0].option }
            let rest = others.reduce(0) { $0 + $1.share }
            guard rest > 0, (0...1).contains(set) else { continue }
            for other in others {
                result.append((key: "mix.\(mix).\(other.option)", value: String(other.share * (1 - set) / rest)))
            }
        }
        return result
    }

    static func mixKey(_ key: String) -> (key: String, mix: String, option: String)? {
        let parts = key.split(separator: ".")
        guard parts.count == 3, parts[0] == "mix" else { return nil }
        return (key, String(parts[1]), String(parts[2]))
    }

    /// The options and shares of a mix of the scenario file, by its table name.
    static func shares(of mix: String, in s: Scenario) -> [(option: String, share: Double)]? {
        switch mix {
        case "path": return CredentialPath.allCases.map { ($0.rawValue, s.pathMix.share(of: $0)) }
        case "visit": return [(VisitType.first.rawValue, s.firstVisitShare), (VisitType.return.rawValue, 1 - s.firstVisitShare)]
        case "myna_card": return s.cardMethodMix.options.map { ($0.rawValue, s.cardMethodMix.share(of: $0)) }
        case "myna_phone": return s.phoneMethodMix.options.map { ($0.rawValue, s.phoneMethodMix.share(of: $0)) }
        default: return nil
        }
    }
}
