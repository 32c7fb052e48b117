/// The three 1–5 scales of the study. Every point is labelled so that a
/// respondent reading the card and the export codebook see the same words.
enum Scales {
    /// Agreement with a statement.
    static let agreement = five(
        ("Helemaal oneens", "Strongly disagree"),
        ("Oneens", "Disagree"),
        ("Niet eens, niet oneens", "Neither agree nor disagree"),
        ("Eens", "Agree"),
        ("Helemaal eens", "Strongly agree"))

    /// To what extent something is the case.
    static let extent = five(
        ("Helemaal niet", "Not at all"),
        ("In geringe mate", "To a small extent"),
        ("Enigszins", "To some extent"),
        ("In behoorlijke mate", "To a considerable extent"),
        ("In hoge mate", "To a great extent"))

    /// A quality judgement.
    static let quality = five(
        ("Zeer slecht", "Very poor"),
        ("Slecht", "Poor"),
        ("Niet goed, niet slecht", "Neither good nor poor"),
        ("Goed", "Good"),
        ("Zeer goed", "Very good"))

    private static func five(_ p1: (String, String), _ p2: (String, String), _ p3: (String, String),
                             _ p4: (String, String), _ p5: (String, String)) -> ScaleSpec {
        let labels = [p1, p2, p3, p4, p5].map { LocalizedText.t($0.0, $0.1) }
        var points: [Int: LocalizedText] = [:]
        for (index, label) in labels.enumerated() { points[index + 1] = label }
        return ScaleSpec(min: 1, max: 5, minLabel: labels[0], maxLabel: labels[4], pointLabels: points)
    }
}
