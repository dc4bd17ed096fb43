/// Where a value sits in a configuration file: `staff.desks`, `arrivals[2].per_hour`.
/// Array positions are stored from 0 and shown from 1, as a reader counts `[[arrivals]]` blocks.
package struct ConfigKeyPath: Hashable, Sendable, CustomStringConvertible {
    package enum Component: Hashable, Sendable {
        case key(String)
        case index(Int)
    }

    package var components: [Component]

    package init(_ components: [Component] = []) { self.components = components }

    package static let root = ConfigKeyPath()

    package func appending(_ key: String) -> ConfigKeyPath { ConfigKeyPath(components + [.key(key)]) }
    package func appending(index: Int) -> ConfigKeyPath { ConfigKeyPath(components + [.index(index)]) }

    package var lastKey: String? {
        if case .key(let k)? = components.last { return k }
        return nil
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
    package init?(dotted text: String) {
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
