/// Where a value sits in a scenario file: `staff.desks`, `arrivals[2].per_hour`.
/// Array positions are stored from 0 and shown from 1, as a reader counts `[[arrivals]]` blocks.
package struct ScenarioKeyPath: Hashable, Sendable, CustomStringConvertible {
    enum Component: Hashable, Sendable {
        case key(String)
        case index(Int)
    }

    var components: [Component]

    init(_ components: [Component] = []) { self.components = components }

    package static let root = ScenarioKeyPath()

    package func appending(_ key: String) -> ScenarioKeyPath { ScenarioKeyPath(components + [.key(key)]) }
    package func appending(index: Int) -> ScenarioKeyPath { ScenarioKeyPath(components + [.index(index)]) }

    var lastKey: String? {
        if case .key(let k)? = components.last { return k }
        return nil
    }

    func hasPrefix(_ other: ScenarioKeyPath) -> Bool {
        components.count >= other.components.count
            && Array(components.prefix(other.components.count)) == other.components
    }

    package var description: String {
        var out = ""
        for component in components {
            switch component {
            case .key(let k): out += out.isEmpty ? k : ".\(k)"
            case .index(let i): out += "[\(i + 1)]"
            }
        }
        return out
    }

    /// Parses the dotted form users type for overrides, e.g. `arrivals[1].per_hour`.
    init?(dotted text: String) {
        var components: [Component] = []
        for part in text.split(separator: ".", omittingEmptySubsequences: false) {
            var name = Substring(part)
            var indices: [Int] = []
            while name.hasSuffix("]"), let open = name.lastIndex(of: "[") {
                guard let n = Int(name[name.index(after: open)..<name.index(before: name.endIndex)]), n >= 1
                else { return nil }
                indices.insert(n - 1, at: 0)
                name = name[..<open]
            }
            guard !name.isEmpty, !name.contains("["), !name.contains("]") else { return nil }
            components.append(.key(String(name)))
            components += indices.map(Component.index)
        }
        self.init(components)
    }
}
