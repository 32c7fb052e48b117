/// The interview with a sociale wijkteam (team member or coordinator): the
/// shared core plus the team's own context and practice questions.
enum WijkteamQuestionnaire {
    static let name = "wijkteam"

    static let title = LocalizedText.t(
        "Sociale wijkteams en diversiteit — interview wijkteam",
        "Social neighbourhood teams and diversity — interview with a neighbourhood team")

    static let sections: [Section] = [
        SharedCore.metadata,
        context,
        Section.afterConsent(
            "beeld", SharedCore.beeldTitle,
            intro: .t("Het beeld dat het team heeft van bewoners met een migratieachtergrond, en de houding tegenover hen.",
                      "The image the team has of residents with a migration background, and its attitude towards them."),
            [
                SharedCore.beeld, SharedCore.kentLeefwereld, SharedCore.laatInBeeld,
                Question.yesNo(
                    "training_diversiteit",
                    "Heeft het team in de afgelopen twee jaar een training of scholing gevolgd over diversiteit of cultuursensitief werken?",
                    "Has the team taken training on diversity or culturally sensitive work in the past two years?")
                    .allowingSpecial(),
            ]),
        Section.afterConsent(
            "bereik", SharedCore.bereikTitle,
            intro: .t("In hoeverre het team bewoners met een migratieachtergrond bereikt, en hoe.",
                      "To what extent the team reaches residents with a migration background, and how."),
            [
                SharedCore.bereik, SharedCore.buitenBeeld,
                Question.single(
                    "registratie", list: ChoiceLists.registratie.name,
                    "Registreert het team de herkomst of migratieachtergrond van cliënten?",
                    "Does the team register the origin or migration background of its clients?")
                    .allowingSpecial(),
                Question.integer(
                    "aandeel_clienten_migratie",
                    "Welk percentage van de cliënten van het team heeft een migratieachtergrond?",
                    "What percentage of the team's clients have a migration background?", range: 0...100)
                    .hint("Volgens de registratie; een afgerond getal volstaat.",
                          "According to the registration; a rounded figure will do.")
                    .onlyIf("${registratie} = 'systematisch' or ${registratie} = 'deels'")
                    .allowingSpecial(),
                Question.multiple(
                    "outreach", list: ChoiceLists.outreach.name,
                    "Welke outreachende activiteiten onderneemt het team om bewoners met een migratieachtergrond te bereiken?",
                    "Which outreach activities does the team undertake to reach residents with a migration background?")
                    .withOther().exclusive().allowingSpecial(),
                Question.multiple(
                    "verwijsroutes", list: ChoiceLists.verwijsroutes.name,
                    "Via welke routes komen bewoners met een migratieachtergrond bij het team terecht?",
                    "Through which routes do residents with a migration background reach the team?")
                    .hint("Meerdere antwoorden mogelijk.", "Several answers possible.")
                    .withOther().allowingSpecial(),
            ]),
        Section.afterConsent(
            "toegankelijkheid", SharedCore.toegankelijkheidTitle,
            intro: .t("Hoe toegankelijk het team is en welke drempels bewoners ervaren.",
                      "How accessible the team is and which barriers residents experience."),
            [
                SharedCore.toegankelijkheid, SharedCore.drempels, SharedCore.aanbodSluitAan,
                Question.multiple(
                    "tolken", list: ChoiceLists.tolken.name,
                    "Hoe overbrugt het team taalverschillen in gesprekken met cliënten?",
                    "How does the team bridge language differences in conversations with clients?")
                    .hint("Meerdere antwoorden mogelijk. Vraag door als kinderen als tolk optreden.",
                          "Several answers possible. Probe further if children act as interpreters.")
                    .exclusive().allowingSpecial(),
                Question.yesNo(
                    "meertalig_materiaal",
                    "Heeft het team voorlichtingsmateriaal in andere talen dan het Nederlands?",
                    "Does the team have information material in languages other than Dutch?")
                    .allowingSpecial(),
            ]),
        Section.afterConsent(
            "samenwerking", SharedCore.samenwerkingTitle,
            intro: .t("De samenwerking tussen het team en migrantenorganisaties in de wijk.",
                      "Collaboration between the team and migrant organisations in the neighbourhood."),
            [
                SharedCore.contact,
                Question.integer(
                    "aantal_organisaties",
                    "Met hoeveel migrantenorganisaties heeft het team contact?",
                    "With how many migrant organisations is the team in contact?", range: 1...100)
                    .onlyIf(SharedCore.ifContact).allowingSpecial(),
                SharedCore.samenwerkingsvormen, SharedCore.contactfrequentie,
                SharedCore.kwaliteitSamenwerking, SharedCore.wederzijdsVertrouwen,
                SharedCore.gelijkwaardigePartner, SharedCore.vasteAfspraken, SharedCore.huidigeRol,
                SharedCore.geenContactReden, SharedCore.gewensteRol, SharedCore.knelpunten,
            ]),
        SharedCore.aanbevelingen,
    ]

    static let context = Section.afterConsent(
        "context", .t("Het wijkteam", "The neighbourhood team"),
        intro: .t("Enkele feiten over het team en het werkgebied.",
                  "A few facts about the team and its service area."),
        [
            Question.single("teamtype", list: ChoiceLists.teamtypes.name,
                            "Wat voor team is het?", "What kind of team is it?")
                .withOther()
                .requiring("Kies het type team.", "Choose the type of team."),
            Question.integer("teamgrootte", "Hoeveel medewerkers telt het team?",
                             "How many staff members does the team have?", range: 1...200)
                .hint("Aantal personen, geen fte.", "Number of people, not FTE.")
                .check(". <= 60", "Meer dan 60 teamleden is ongebruikelijk. Klopt dit aantal?",
                       "More than 60 team members is unusual. Is this number correct?", severity: .soft)
                .allowingSpecial(),
            Question.integer("medewerkers_migratie",
                             "Hoeveel teamleden hebben zelf een migratieachtergrond?",
                             "How many team members have a migration background themselves?", range: 0...200)
                .hint("Een schatting volstaat.", "An estimate will do.")
                .check("not(${teamgrootte} > 0) or . <= ${teamgrootte}",
                       "Meer teamleden met een migratieachtergrond (${.}) dan het team groot is (${teamgrootte})? Controleer beide antwoorden.",
                       "More team members with a migration background (${.}) than the team has (${teamgrootte})? Check both answers.",
                       severity: .soft)
                .allowingSpecial(),
            Question.integer("aandeel_bewoners_migratie",
                             "Welk percentage van de bewoners in het werkgebied heeft naar schatting een migratieachtergrond?",
                             "What percentage of residents in the service area have a migration background, by estimate?",
                             range: 0...100)
                .hint("Ter vergelijking: landelijk ongeveer een kwart (CBS, 2020).",
                      "For comparison: about a quarter nationally (CBS, 2020).")
                .allowingSpecial(),
        ])
}
