/// A table while a TOML document is read. How a table came to exist decides what may still
/// add to it (TOML 1.0, "Table"): a `[header]` defines a table once; a table created on
/// the way to a header may still get its own header later; a table made by dotted keys is
/// complete when its section (or inline table) ends; an inline table is a finished value.
final class TableBuilder {
    enum Definition: Equatable {
        case root
        /// Created on the way to a deeper `[a.b.c]` header: `[a]` may still define it.
        case implicit
        /// Defined by its own `[header]` or `[[header]]`.
        case header
        /// Created by a dotted key in the section (or inline table) with this number.
        case dotted(section: Int)
    }

    enum Entry {
        case value(ConfigNode)
        case table(TableBuilder)
        case tables(TableArray)
    }

    var definition: Definition
    var line: Int?
    var entries: [String: Entry] = [:]

    init(_ definition: Definition, line: Int?) {
        self.definition = definition
        self.line = line
    }

    /// Why a key cannot go where it was written; the reader adds the key's full name, which
    /// it spells out only then.
    enum Conflict: Error {
        case duplicateKey, tableRedefined, notATable, closedTable, notAnArrayOfTables

        func problem(_ path: String) -> SyntaxProblem {
            switch self {
            case .duplicateKey: .duplicateKey(path)
            case .tableRedefined: .tableRedefined(path)
            case .notATable: .notATable(path)
            case .closedTable: .closedTable(path)
            case .notAnArrayOfTables: .notAnArrayOfTables(path)
            }
        }
    }

    /// The table a header's leading parts lead to (`a` and `a.b` of `[a.b.c]`), created
    /// as needed; in an array of tables, its last element.
    func descendForHeader(_ key: String, line: Int) throws(Conflict) -> TableBuilder {
        switch entries[key] {
        case nil:
            let table = TableBuilder(.implicit, line: line)
            entries[key] = .table(table)
            return table
        case .table(let table)?:
            return table
        case .tables(let array)?:
            return array.elements[array.elements.count - 1]
        case .value?:
            throw .notATable
        }
    }

    /// `[key]`: defines the table, once.
    func defineTable(_ key: String, line: Int) throws(Conflict) -> TableBuilder {
        switch entries[key] {
        case nil:
            let table = TableBuilder(.header, line: line)
            entries[key] = .table(table)
            return table
        case .table(let table)?:
            switch table.definition {
            case .implicit:
                table.definition = .header
                table.line = line
                return table
            case .header, .root:
                throw .tableRedefined
            case .dotted:
                throw .closedTable
            }
        case .tables?:
            throw .tableRedefined
        case .value?:
            throw .notATable
        }
    }

    /// `[[key]]`: a new element of the array of tables.
    func appendTable(_ key: String, line: Int) throws(Conflict) -> TableBuilder {
        let table = TableBuilder(.header, line: line)
        switch entries[key] {
        case nil:
            entries[key] = .tables(TableArray(table, line: line))
        case .tables(let array)?:
            array.elements.append(table)
        case .table?, .value?:
            throw .notAnArrayOfTables
        }
        return table
    }

    /// The table a dotted key's leading parts lead to (`a` and `b` of `a.b.c = 1`), created
    /// as needed; only tables made by dotted keys of this same section may be extended.
    func descendForKey(_ key: String, line: Int, section: Int) throws(Conflict) -> TableBuilder {
        switch entries[key] {
        case nil:
            let table = TableBuilder(.dotted(section: section), line: line)
            entries[key] = .table(table)
            return table
        case .table(let table)?:
            switch table.definition {
            case .dotted(section: section):
                return table
            case .implicit:
                table.definition = .dotted(section: section)
                return table
            case .dotted, .header, .root:
                throw .closedTable
            }
        case .tables?:
            throw .closedTable
        case .value?:
            throw .notATable
        }
    }

    func setValue(_ key: String, _ node: ConfigNode) throws(Conflict) {
        guard entries[key] == nil else { throw .duplicateKey }
        entries[key] = .value(node)
    }

    /// The finished tree. Recursion is bounded by the reader's depth limit.
    func node(_ document: ConfigDocument) -> ConfigNode {
        var table: [String: ConfigNode] = [:]
        table.reserveCapacity(entries.count)
        for (key, entry) in entries {
            switch entry {
            case .value(let node): table[key] = node
            case .table(let child): table[key] = child.node(document)
            case .tables(let array):
                table[key] = ConfigNode(value: .array(array.elements.map { $0.node(document) }),
                                        document: document, line: array.line)
            }
        }
        return ConfigNode(value: .table(table), document: document, line: line)
    }
}

/// The elements of a `[[key]]` array of tables; a class so each header appends in place.
final class TableArray {
    var elements: [TableBuilder]
    let line: Int

    init(_ first: TableBuilder, line: Int) {
        elements = [first]
        self.line = line
    }
}
