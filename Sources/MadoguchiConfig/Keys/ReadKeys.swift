/// Records which keys a loader read, so that whatever is left over in a file can be
/// reported as an unknown key: the loader itself is the list of known keys. A loader that
/// reads a file without defaults under it also says which keys a table accepts, so the
/// message can list those a file left out.
package final class ReadKeys {
    package private(set) var paths: Set<ConfigKeyPath> = []
    private var accepted: [ConfigKeyPath: [String]] = [:]

    package init() {}

    package func insert(_ path: ConfigKeyPath) { paths.insert(path) }
    package func contains(_ path: ConfigKeyPath) -> Bool { paths.contains(path) }

    /// The keys the table at `path` accepts, in the order messages should list them.
    package func accept(_ keys: [String], in path: ConfigKeyPath) { accepted[path] = keys }

    /// What an unknown key in the table at `path` could have been: the accepted keys, then
    /// any other key read there.
    func known(in path: ConfigKeyPath, present keys: some Sequence<String>) -> [String] {
        let declared = accepted[path] ?? []
        let read = keys.filter { contains(path.appending($0)) && !declared.contains($0) }.sorted()
        return declared + read
    }
}
