/// Where each panel goes. The desk needs 80×24; larger screens give the extra rows to the
/// waiting list, the reader, the desk window and the log, and the extra columns to all.
package struct Layout: Equatable {
    package static let minimumWidth = 80
    package static let minimumHeight = 24

    package let header: Rect
    package let waiting: Rect
    package let reader: Rect
    package let desk: Rect
    package let statistics: Rect
    package let log: Rect
    package let keyHelp: Rect

    package static func fits(width: Int, height: Int) -> Bool {
        width >= minimumWidth && height >= minimumHeight
    }

    package init(width: Int, height: Int) {
        let screen = Rect(x: 0, y: 0, width: width, height: height)
        let (header, belowHeader) = screen.splitTop(1)
        let body = belowHeader.splitTop(belowHeader.height - 1)
        self.header = header
        keyHelp = body.rest
        let logHeight = max(5, body.top.height / 4)
        let (top, log) = body.top.splitTop(body.top.height - logHeight)
        self.log = log
        let (left, right) = top.splitLeft(top.width / 2)
        (waiting, reader) = left.splitTop((left.height + 1) / 2)
        let statisticsHeight = min(right.height, 9)
        (desk, statistics) = right.splitTop(right.height - statisticsHeight)
    }
}
