/// What a chart says in words, in the page's language: its title, a description of what it
/// shows for those who cannot see it (`<desc>`), and its axes with their units.
struct ChartText {
    var title: String
    var summary: String
    var xAxis: String
    var yAxis: String
}
