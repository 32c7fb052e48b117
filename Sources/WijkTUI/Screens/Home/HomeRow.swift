import Foundation
import WijkModel

/// One interview in the home screen's lists, with every column as shown (made for the visible
/// lines only; the progress was worked out when the list was read).
struct HomeRow: Equatable {
    var id: String
    var organisation: String
    var gemeente: String
    var variant: String
    /// 0...100; nil when the questionnaire is unknown.
    var percent: Int?
    /// "2026-05-03 14:02" in local time.
    var saved: String
    /// Why the file cannot be read (broken files only).
    var problem: String?

    static func make(_ entry: InterviewList.Entry, timeZone: TimeZone) -> HomeRow {
        HomeRow(id: entry.id, organisation: entry.organisation ?? "", gemeente: entry.gemeente ?? "",
                variant: entry.variant ?? "", percent: entry.percent,
                saved: LocalTime.text(entry.updatedAt, timeZone: timeZone), problem: entry.problem)
    }
}

/// Local date and time as "YYYY-MM-DD HH:MM", without DateFormatter (slow to start).
enum LocalTime {
    static func text(_ date: Date, timeZone: TimeZone) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + timeZone.secondsFromGMT(for: date)
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        let (year, month, day) = Timestamp.civil(fromDays: days)
        return "\(year)-\(two(month))-\(two(day)) \(two(secondOfDay / 3600)):\(two(secondOfDay % 3600 / 60))"
    }

    private static func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
}
