import Foundation
import WijkModel

/// One interview in the home screen's lists, with every column already worked out
/// (progress needs the engine, so it is computed once when the list is loaded, not per frame).
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

    /// Builds the row for a listing (its `percent`, or worked out from its response).
    static func make(_ listing: StoreListing, questionnaires: [Questionnaire], today: String,
                     timeZone: TimeZone) -> HomeRow {
        let percent = listing.percent ?? listing.response.flatMap { percentDone($0, questionnaires: questionnaires, today: today) }
        return HomeRow(id: listing.id, organisation: listing.organisation ?? "", gemeente: listing.gemeente ?? "",
                       variant: listing.variant ?? "", percent: percent,
                       saved: LocalTime.text(listing.updatedAt, timeZone: timeZone), problem: listing.problem)
    }
}

extension HomeRow {
    /// How far an interview is, 0...100; nil when its questionnaire is unknown.
    static func percentDone(_ response: Response, questionnaires: [Questionnaire], today: String) -> Int? {
        guard let questionnaire = questionnaires.first(where: { $0.id == response.questionnaire.id })
                ?? questionnaires.first(where: { $0.variant == response.variant }) else { return nil }
        let progress = InterviewEngine(questionnaire: questionnaire, response: response, today: today).progress
        return Int((progress.fraction * 100).rounded(.down))
    }
}

/// Local date and time as "YYYY-MM-DD HH:MM", without DateFormatter (slow to start, see
/// performance.md).
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
