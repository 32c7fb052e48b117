/// Option lists used by only one of the two variants.
extension ChoiceLists {
    static let variantOnly: [ChoiceList] = [
        teamtypes, registratie, outreach, verwijsroutes, tolken,
        organisatievormen, doelgroepen, financiering, vergoeding,
    ]

    // MARK: wijkteam

    static let teamtypes = make("teamtypes", [
        ("breed", "Breed sociaal wijkteam (alle leeftijden en leefdomeinen)",
         "Broad social neighbourhood team (all ages and life domains)"),
        ("jeugd_gezin", "Jeugd- en gezinsteam", "Youth and family team"),
        ("volwassenen", "Team voor volwassenen (Wmo, participatie)",
         "Team for adults (social support act, participation)"),
        ("anders", "Anders", "Other"),
    ])

    /// Whether the team registers its clients' origin; "weet niet" is a special answer.
    static let registratie = make("registratie", [
        ("systematisch", "Ja, systematisch", "Yes, systematically"),
        ("deels", "Deels, niet bij alle cliënten", "Partly, not for all clients"),
        ("nee", "Nee", "No"),
    ])

    static let outreach = make("outreach", [
        ("huisbezoeken", "Huisbezoeken", "Home visits"),
        ("vindplaatsen", "Aanwezig op vindplaatsen (school, moskee, buurthuis)",
         "Presence where residents go (school, mosque, community centre)"),
        ("spreekuur_op_locatie", "Spreekuur bij organisaties in de wijk",
         "Consultation hours at organisations in the neighbourhood"),
        ("sleutelfiguren", "Inzet van sleutelfiguren", "Deployment of key figures"),
        ("voorlichting", "Voorlichting aan groepen", "Information sessions for groups"),
        ("sociale_media", "Sociale media en WhatsApp", "Social media and WhatsApp"),
        ("anders", "Anders", "Other"),
        ("geen", "Geen outreachende activiteiten", "No outreach activities"),
    ])

    static let verwijsroutes = make("verwijsroutes", [
        ("zelf", "Bewoners melden zich zelf", "Residents come forward themselves"),
        ("huisarts", "Huisarts of praktijkondersteuner", "GP or practice nurse"),
        ("school", "School of kinderopvang", "School or childcare"),
        ("migrantenorganisatie", "Migrantenorganisatie", "Migrant organisation"),
        ("religieus", "Moskee, kerk of andere religieuze organisatie",
         "Mosque, church or other religious organisation"),
        ("netwerk", "Familie, buren of kennissen", "Family, neighbours or acquaintances"),
        ("welzijn", "Welzijnswerk of buurtwerk", "Social welfare or community work"),
        ("woningcorporatie", "Woningcorporatie", "Housing association"),
        ("veilig_thuis", "Veilig Thuis, politie of jeugdbescherming",
         "Veilig Thuis (domestic abuse service), police or child protection"),
        ("anders", "Anders", "Other"),
    ])

    static let tolken = make("tolken", [
        ("professioneel", "Professionele tolk (ter plaatse of telefonisch)",
         "Professional interpreter (on site or by phone)"),
        ("collega", "Collega die de taal spreekt", "Colleague who speaks the language"),
        ("netwerk", "Familielid of kennis van de cliënt", "Family member or acquaintance of the client"),
        ("kind", "Kind van de cliënt", "The client's child"),
        ("vrijwilliger", "Vrijwilliger of sleutelfiguur", "Volunteer or key figure"),
        ("vertaalapp", "Vertaalapp", "Translation app"),
        ("geen", "Geen: gesprekken altijd in het Nederlands", "None: conversations always in Dutch"),
    ])

    // MARK: migrantenorganisatie

    static let organisatievormen = make("organisatievormen", [
        ("stichting", "Stichting", "Foundation"),
        ("vereniging", "Vereniging", "Association"),
        ("religieus", "Religieuze organisatie (bijv. moskee of kerk)",
         "Religious organisation (e.g. mosque or church)"),
        ("informeel", "Informele groep zonder rechtsvorm", "Informal group without legal form"),
        ("anders", "Anders", "Other"),
    ])

    static let doelgroepen = make("doelgroepen", [
        ("gezinnen", "Gezinnen", "Families"),
        ("moeders", "Moeders", "Mothers"),
        ("vrouwen", "Vrouwen", "Women"),
        ("vaders_mannen", "Vaders en mannen", "Fathers and men"),
        ("jongeren", "Jongeren", "Young people"),
        ("kinderen", "Kinderen", "Children"),
        ("ouderen", "Ouderen", "Older people"),
        ("nieuwkomers", "Nieuwkomers en statushouders", "Newcomers and refugees with a residence permit"),
        ("anders", "Anders", "Other"),
    ])

    static let financiering = make("financiering", [
        ("gemeente", "Subsidie van de gemeente", "Municipal subsidy"),
        ("fondsen", "Fondsen", "Charitable funds"),
        ("eigen_middelen", "Contributie, donaties of eigen bijdragen",
         "Membership fees, donations or own contributions"),
        ("opdrachten", "Betaalde opdrachten (bijv. van het wijkteam)", "Paid assignments (e.g. from the team)"),
        ("anders", "Anders", "Other"),
        ("geen", "Geen financiering", "No funding"),
    ])

    static let vergoeding = make("vergoeding", [
        ("structureel", "Ja, structureel", "Yes, structurally"),
        ("incidenteel", "Ja, incidenteel", "Yes, occasionally"),
        ("nee", "Nee", "No"),
    ])
}
