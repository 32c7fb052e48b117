/// The option lists of the bundled questionnaires. Codes are stable lowercase
/// ASCII: they end up in response files and exports, so never rename one.
///
/// "Weet niet" is deliberately not a choice: questions allow it as a special
/// answer (`allowDontKnow`), so it is coded the same way everywhere.
enum ChoiceLists {
    /// Every list, by name. A questionnaire carries only the lists it uses.
    static let all: [String: ChoiceList] = Dictionary(
        uniqueKeysWithValues: (shared + variantOnly).map { ($0.name, $0) })

    /// Lists used by the shared core (and by some variant-only questions).
    static let shared: [ChoiceList] = [
        rollen, herkomst, drempels, samenwerkingsvormen, frequentie,
        rollenMigrantenorganisatie, knelpunten, verbeteringen, leefdomeinen,
    ]

    /// The respondent's position.
    static let rollen = make("rollen", [
        ("teamlid", "Teamlid / wijkprofessional", "Team member / neighbourhood professional"),
        ("coordinator", "Teamleider of coördinator", "Team leader or coordinator"),
        ("bestuurslid", "Bestuurslid", "Board member"),
        ("medewerker", "Betaalde medewerker", "Paid staff member"),
        ("vrijwilliger", "Vrijwilliger", "Volunteer"),
        ("anders", "Anders", "Other"),
    ])

    /// Origin groups, following the usual CBS-style groupings plus recent refugee groups.
    static let herkomst = make("herkomst", [
        ("turks", "Turks", "Turkish"),
        ("marokkaans", "Marokkaans", "Moroccan"),
        ("surinaams", "Surinaams", "Surinamese"),
        ("antilliaans", "Antilliaans / Caribisch", "Antillean / Caribbean"),
        ("syrisch", "Syrisch", "Syrian"),
        ("eritrees", "Eritrees", "Eritrean"),
        ("somalisch", "Somalisch", "Somali"),
        ("afghaans_iraaks", "Afghaans / Iraaks", "Afghan / Iraqi"),
        ("midden_oost_europees", "Midden- en Oost-Europees (bijv. Pools, Bulgaars, Roemeens)",
         "Central and Eastern European (e.g. Polish, Bulgarian, Romanian)"),
        ("overig_afrikaans", "Overig Afrikaans", "Other African"),
        ("overig_aziatisch", "Overig Aziatisch", "Other Asian"),
        ("anders", "Andere herkomst", "Other origin"),
    ])

    /// Barriers to help from the wijkteam.
    static let drempels = make("drempels", [
        ("onbekendheid", "Onbekendheid met het wijkteam en het aanbod",
         "Unfamiliarity with the team and what it offers"),
        ("taal", "Taal", "Language"),
        ("schaamte", "Schaamte", "Shame"),
        ("wantrouwen", "Wantrouwen tegenover instanties", "Distrust of institutions"),
        ("angst_jeugdbescherming", "Angst voor jeugdbescherming (uithuisplaatsing)",
         "Fear of child protection (children taken into care)"),
        ("cultuurverschillen", "Cultuurverschillen", "Cultural differences"),
        ("weinig_maatwerk", "Te weinig maatwerk of tijd", "Too little tailoring or time"),
        ("bereikbaarheid", "Bereikbaarheid (locatie, openingstijden, telefoon)",
         "Accessibility (location, opening hours, telephone)"),
        ("negatieve_ervaring", "Negatieve eerdere ervaringen met hulpverlening",
         "Negative earlier experiences with care services"),
        ("eigen_kring", "Hulp wordt eerst in eigen kring gezocht",
         "Help is sought within one's own circle first"),
        ("anders", "Anders", "Other"),
    ])

    /// Forms of collaboration between wijkteam and migrant organisation.
    static let samenwerkingsvormen = make("samenwerkingsvormen", [
        ("doorverwijzing", "Doorverwijzing over en weer", "Referrals in both directions"),
        ("spreekuur_op_locatie", "Spreekuur van het wijkteam bij de migrantenorganisatie",
         "Wijkteam consultation hours at the migrant organisation"),
        ("voorlichting", "Gezamenlijke voorlichtingsbijeenkomsten", "Joint information meetings"),
        ("sleutelfiguren", "Inzet van sleutelfiguren", "Deployment of key figures"),
        ("casusoverleg", "Casusoverleg (met toestemming van de cliënt)",
         "Case consultation (with the client's consent)"),
        ("projecten", "Gezamenlijke projecten of activiteiten", "Joint projects or activities"),
        ("netwerkoverleg", "Netwerkoverleg in de wijk", "Neighbourhood network meetings"),
        ("deskundigheid", "Deskundigheidsbevordering (bijv. training door de migrantenorganisatie)",
         "Capacity building (e.g. training given by the migrant organisation)"),
        ("anders", "Anders", "Other"),
        ("geen", "Geen van deze", "None of these"),
    ])

    /// How often there is contact.
    static let frequentie = make("frequentie", [
        ("wekelijks", "Wekelijks of vaker", "Weekly or more often"),
        ("maandelijks", "Eén of enkele keren per maand", "Once or a few times a month"),
        ("paar_keer_per_jaar", "Een paar keer per jaar", "A few times a year"),
        ("jaarlijks", "Eens per jaar of minder", "Once a year or less"),
        ("per_casus", "Alleen rond een casus, onregelmatig", "Only around a case, irregularly"),
    ])

    /// Roles a migrant organisation can play towards the wijkteam.
    static let rollenMigrantenorganisatie = make("rollen_migrantenorganisatie", [
        ("brug", "Brug tussen bewoners en wijkteam", "Bridge between residents and the team"),
        ("informatiekanaal", "Informatiekanaal naar de achterban", "Information channel to the constituency"),
        ("tolk", "Tolk of vertaler", "Interpreter or translator"),
        ("gelijkwaardige_partner", "Gelijkwaardige samenwerkingspartner", "Equal partner"),
        ("adviseur", "Adviseur van het team over diversiteit", "Adviser to the team on diversity"),
        ("eigen_aanbod", "Aanbieder van eigen activiteiten en ondersteuning",
         "Provider of its own activities and support"),
        ("anders", "Anders", "Other"),
        ("geen", "Geen rol", "No role"),
    ])

    /// Obstacles to collaboration.
    static let knelpunten = make("knelpunten", [
        ("tijd", "Te weinig tijd", "Too little time"),
        ("financiering", "Geen of onvoldoende financiering van de migrantenorganisatie",
         "No or insufficient funding for the migrant organisation"),
        ("verwachtingen", "Onduidelijke of verschillende verwachtingen", "Unclear or differing expectations"),
        ("privacy", "Privacyregels en het delen van informatie", "Privacy rules and sharing information"),
        ("wisselende_contacten", "Wisselende contactpersonen", "Changing contact persons"),
        ("ongelijke_macht", "Ongelijke machtsverhouding", "Unequal power relationship"),
        ("onbekendheid", "Onbekendheid met elkaars werkwijze", "Unfamiliarity with each other's way of working"),
        ("afhankelijk_vrijwilligers", "Afhankelijkheid van vrijwilligers", "Dependence on volunteers"),
        ("anders", "Anders", "Other"),
        ("geen", "Geen knelpunten", "No obstacles"),
    ])

    /// What would most improve reach and accessibility (choose at most three).
    static let verbeteringen = make("verbeteringen", [
        ("meer_tijd", "Meer tijd voor contact en maatwerk", "More time for contact and tailored help"),
        ("diverser_team", "Meer medewerkers met een migratieachtergrond",
         "More staff with a migration background"),
        ("scholing", "Scholing in cultuursensitief werken", "Training in culturally sensitive work"),
        ("tolken", "Betere inzet van tolken", "Better use of interpreters"),
        ("voorlichting", "Voorlichting in eigen taal en via eigen kanalen",
         "Information in people's own language and through their own channels"),
        ("structurele_samenwerking", "Structurele samenwerking met migrantenorganisaties",
         "Structural collaboration with migrant organisations"),
        ("financiering_mo", "Financiering van migrantenorganisaties", "Funding for migrant organisations"),
        ("sleutelfiguren", "Inzet van sleutelfiguren", "Deployment of key figures"),
        ("vertrouwde_plekken", "Spreekuren op vertrouwde plekken in de wijk",
         "Consultation hours at trusted places in the neighbourhood"),
        ("registratie", "Beter zicht op bereik door registratie", "Better insight into reach through registration"),
        ("anders", "Anders", "Other"),
    ])

    /// Life domains of help questions.
    static let leefdomeinen = make("leefdomeinen", [
        ("opvoeding", "Opvoeding en gezin", "Parenting and family"),
        ("onderwijs", "School en onderwijs", "School and education"),
        ("werk_inkomen", "Werk en inkomen", "Work and income"),
        ("schulden", "Geldzaken en schulden", "Money matters and debts"),
        ("wonen", "Wonen", "Housing"),
        ("gezondheid", "Lichamelijke gezondheid", "Physical health"),
        ("psychisch", "Psychische gezondheid", "Mental health"),
        ("huiselijk_geweld", "Relaties en huiselijk geweld", "Relationships and domestic violence"),
        ("eenzaamheid", "Eenzaamheid en sociaal isolement", "Loneliness and social isolation"),
        ("brieven", "Brieven en formulieren van instanties", "Letters and forms from authorities"),
        ("verblijf", "Verblijfsstatus en inburgering", "Residence status and civic integration"),
        ("anders", "Anders", "Other"),
    ])

    /// Builds a list from (code, Dutch, English) rows.
    static func make(_ name: String, _ rows: [(String, String, String)]) -> ChoiceList {
        ChoiceList(name: name, choices: rows.map { Choice(value: $0.0, label: .t($0.1, $0.2)) })
    }
}
