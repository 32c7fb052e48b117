/// The gemeenten of the synthetic study, each with what makes its answers
/// differ from another's: how many residents have a migration background,
/// which origin groups are largest there, and how much the gemeente invests
/// in collaboration between wijkteams and migrantenorganisaties. Figures are
/// rounded, CBS-like orders of magnitude, not data.
struct SamplePlace: Sendable {
    let gemeente: String
    /// Most diverse first: a wijk's share falls with its position.
    let wijken: [String]
    /// Relative number of interviews (larger cities get more).
    let weight: Double
    /// Share of residents with a migration background (0…1).
    let diversity: Double
    /// −1 (little invested) … +1 (structural collaboration): shifts contact,
    /// ratings and counts of every interview in the gemeente.
    let collaboration: Double
    /// Largest origin groups (codes of the `herkomst` list).
    let groups: [String]

    static let all: [SamplePlace] = [
        .init(gemeente: "Amsterdam", wijken: ["Bijlmer-Centrum", "Nieuw-West", "Slotervaart", "Indische Buurt", "De Pijp"],
              weight: 16, diversity: 0.56, collaboration: 0.2,
              groups: ["marokkaans", "surinaams", "turks", "antilliaans", "overig_afrikaans"]),
        .init(gemeente: "Rotterdam", wijken: ["Feijenoord", "Hillesluis", "Delfshaven", "Charlois", "Crooswijk"],
              weight: 14, diversity: 0.53, collaboration: 0.0,
              groups: ["surinaams", "turks", "marokkaans", "antilliaans", "overig_afrikaans", "midden_oost_europees"]),
        .init(gemeente: "Den Haag", wijken: ["Schilderswijk", "Transvaal", "Laak", "Moerwijk", "Escamp"],
              weight: 12, diversity: 0.57, collaboration: -0.1,
              groups: ["turks", "surinaams", "marokkaans", "midden_oost_europees"]),
        .init(gemeente: "Utrecht", wijken: ["Kanaleneiland", "Overvecht", "Zuilen", "Lombok", "Leidsche Rijn"],
              weight: 11, diversity: 0.37, collaboration: 0.3,
              groups: ["marokkaans", "turks", "syrisch", "surinaams"]),
        .init(gemeente: "Almere", wijken: ["Stedenwijk", "Almere Haven", "Almere Buiten", "Almere Poort"],
              weight: 7, diversity: 0.45, collaboration: -0.3,
              groups: ["surinaams", "antilliaans", "marokkaans", "overig_afrikaans"]),
        .init(gemeente: "Zaanstad", wijken: ["Poelenburg", "Peldersveld", "Kogerveld", "Rosmolenwijk"],
              weight: 5, diversity: 0.39, collaboration: 0.4,
              groups: ["turks", "marokkaans", "midden_oost_europees"]),
        .init(gemeente: "Tilburg", wijken: ["Groenewoud", "Tilburg-Noord", "Oud-Zuid", "Reeshof"],
              weight: 7, diversity: 0.29, collaboration: 0.1,
              groups: ["marokkaans", "turks", "antilliaans", "midden_oost_europees"]),
        .init(gemeente: "Eindhoven", wijken: ["Woensel-Zuid", "Doornakkers", "Lievendaal", "Tongelre"],
              weight: 7, diversity: 0.33, collaboration: 0.2,
              groups: ["turks", "marokkaans", "midden_oost_europees", "syrisch", "overig_aziatisch"]),
        .init(gemeente: "Arnhem", wijken: ["Presikhaaf", "Malburgen", "Het Broek", "Geitenkamp"],
              weight: 6, diversity: 0.32, collaboration: -0.2,
              groups: ["turks", "marokkaans", "somalisch", "syrisch"]),
        .init(gemeente: "Leeuwarden", wijken: ["Heechterp-Schieringen", "Bilgaard", "Vrijheidswijk", "Oranjewijk"],
              weight: 4, diversity: 0.19, collaboration: -0.4,
              groups: ["eritrees", "syrisch", "midden_oost_europees"]),
        .init(gemeente: "Den Bosch", wijken: ["De Kruiskamp", "Boschveld", "Graafsewijk"],
              weight: 5, diversity: 0.25, collaboration: 0.0,
              groups: ["marokkaans", "turks", "midden_oost_europees"]),
        .init(gemeente: "Gouda", wijken: ["Oosterwei", "Korte Akkeren", "Bloemendaal"],
              weight: 4, diversity: 0.28, collaboration: 0.5,
              groups: ["marokkaans", "turks"]),
    ]
}

/// A migrantenorganisatie of the synthetic study and the origin groups of
/// its constituency, so that the name, `achterban`, `doelgroepen` and
/// `organisatievorm` of one interview agree with each other.
struct SampleOrganisation: Sendable {
    let name: String
    let origins: [String]
    /// Target groups its name implies (codes of the `doelgroepen` list).
    let focus: [String]

    static let all: [SampleOrganisation] = [
        .init(name: "Stichting Al Amal", origins: ["marokkaans", "syrisch"], focus: ["gezinnen"]),
        .init(name: "Turks Cultureel Centrum Anadolu", origins: ["turks"], focus: []),
        .init(name: "Vrouwennetwerk Ébène", origins: ["overig_afrikaans", "surinaams"], focus: ["vrouwen", "moeders"]),
        .init(name: "Marokkaanse Ouderenvereniging Attawasoul", origins: ["marokkaans"], focus: ["ouderen"]),
        .init(name: "Eritrese Gemeenschap Selam", origins: ["eritrees"], focus: ["nieuwkomers", "jongeren"]),
        .init(name: "Stichting Kleurrijk Café", origins: ["turks", "marokkaans", "surinaams", "syrisch"], focus: []),
        .init(name: "Surinaamse Vereniging Sranan Mamanten", origins: ["surinaams"], focus: ["ouderen"]),
        .init(name: "Poolse Zaterdagschool Orzeł", origins: ["midden_oost_europees"], focus: ["kinderen", "gezinnen"]),
        .init(name: "Moskeevereniging Ensar", origins: ["turks"], focus: ["vaders_mannen", "jongeren"]),
        .init(name: "Stichting Pôle Syrië", origins: ["syrisch"], focus: ["nieuwkomers", "gezinnen"]),
        .init(name: "Kaapverdiaanse Vereniging Morabeza", origins: ["overig_afrikaans"], focus: []),
        .init(name: "Somalische Vrouwen Hoʻyo", origins: ["somalisch"], focus: ["vrouwen", "moeders"]),
        .init(name: "Stichting Mi Tera", origins: ["antilliaans"], focus: ["jongeren"]),
        .init(name: "Antilliaans Netwerk Kòrsou", origins: ["antilliaans"], focus: []),
        .init(name: "Afghaanse Culturele Vereniging Watan", origins: ["afghaans_iraaks"], focus: ["gezinnen"]),
        .init(name: "Moskee Dar al-Salam", origins: ["marokkaans", "syrisch", "afghaans_iraaks"], focus: ["vaders_mannen"]),
        .init(name: "Ontmoetingspunt Prieteni (Roemeens-Bulgaars)", origins: ["midden_oost_europees"], focus: ["nieuwkomers"]),
        .init(name: "Chinese Vereniging Hua Yi", origins: ["overig_aziatisch"], focus: ["ouderen"]),
        .init(name: "Turkse Vrouwenvereniging Gül", origins: ["turks"], focus: ["vrouwen", "moeders"]),
    ]

    /// What kind of organisation the name suggests (code of `organisatievormen`).
    var form: String {
        if name.hasPrefix("Moskee") { return "religieus" }
        if name.hasPrefix("Stichting") { return "stichting" }
        if name.lowercased().contains("vereniging") { return "vereniging" }
        return "informeel"
    }
}
