/// Where a value sits in a configuration file: `staff.desks`, `arrivals[2].per_hour`.
/// Array positions are stored from 0 and shown from 1, as a reader counts `[[arrivals]]` blocks.
public struct ConfigKeyPath: Hashable, Sendable, CustomStringConvertible {
    public enum Component: Hashable, Sendable {
        case key(String)
        case index(Int)
    }

    public var components: [Component]

    public init(_ components: [Component] = []) { self.components = components }

    public static let root = ConfigKeyPath()

    public func appending(_ key: String) -> ConfigKeyPath { ConfigKeyPath(components + [.key(key)]) }
    public func appending(index: Int) -> ConfigKeyPath { ConfigKeyPath(components + [.index(index)]) }

    public var lastKey: String? {
        if case .key(let k)? = components.last { return k }
        return nil
    }

    public var description: String {
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
    public init?(dotted text: String) {
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
