/// The interview with a migrantenorganisatie: the shared core, asked from the
/// organisation's perspective, plus questions about its own constituency and work.
enum MigrantenorganisatieQuestionnaire {
    static let name = "migrantenorganisatie"

    static let title = LocalizedText.t(
        "Sociale wijkteams en diversiteit — interview migrantenorganisatie",
        "Social neighbourhood teams and diversity — interview with a migrant organisation")

    static let sections: [Section] = [
        SharedCore.metadata,
        context,
        Section.afterConsent(
            "beeld", SharedCore.beeldTitle,
            intro: .t("Het beeld dat het wijkteam volgens uw organisatie heeft van bewoners met een migratieachtergrond.",
                      "The image the neighbourhood team has of residents with a migration background, as your organisation sees it."),
            [
                SharedCore.AsOrganisation.beeld,
                // The other direction, which the study is as much about: distrust and
                // incomprehension run both ways.
                Question.longText(
                    "beeld_wijkteam",
                    "En andersom: welk beeld hebben uw organisatie en uw achterban van het wijkteam? Hoe kijken zij naar het team, de medewerkers en de hulp die het biedt?",
                    "And the other way round: what image do your organisation and its constituency have of the neighbourhood team? How do they look at the team, its staff and the help it offers?")
                    .hint("Vraag door naar ervaringen, naar vertrouwen en wantrouwen, en naar misverstanden over wat het team doet (bijvoorbeeld angst voor jeugdbescherming).",
                          "Probe for experiences, for trust and distrust, and for misunderstandings about what the team does (for example fear of child protection)."),
                SharedCore.kentLeefwereld, SharedCore.laatInBeeld,
                Question.agree(
                    "achterban_vertrouwen",
                    "Onze achterban heeft vertrouwen in het wijkteam.",
                    "Our constituency trusts the neighbourhood team."),
            ]),
        Section.afterConsent(
            "bereik", SharedCore.bereikTitle,
            intro: .t("In hoeverre het wijkteam uw achterban bereikt, en met welke vragen mensen bij u komen.",
                      "To what extent the team reaches your constituency, and which questions people bring to you."),
            [
                SharedCore.bereik, SharedCore.buitenBeeld,
                Question.extent(
                    "bekendheid_wijkteam",
                    "In hoeverre is het wijkteam bekend bij uw achterban?",
                    "To what extent is the neighbourhood team known among your constituency?")
                    .check("not(. = 1 and ${achterban_vertrouwen} >= 4)",
                           "Het wijkteam is helemaal niet bekend bij de achterban (${.}), maar die heeft er wel vertrouwen in (${achterban_vertrouwen})? Controleer beide antwoorden.",
                           "The team is not known at all among the constituency (${.}), yet it trusts the team (${achterban_vertrouwen})? Check both answers.",
                           severity: .soft),
                Question.multiple(
                    "hulpvragen", list: ChoiceLists.leefdomeinen.name,
                    "Met welke hulpvragen komen mensen bij uw organisatie?",
                    "With which questions for help do people come to your organisation?")
                    .hint("Meerdere antwoorden mogelijk.", "Several answers possible.")
                    .withOther().allowingSpecial(),
                Question.integer(
                    "doorverwijzingen",
                    "Hoeveel mensen heeft uw organisatie in de afgelopen drie maanden naar het wijkteam doorverwezen?",
                    "How many people has your organisation referred to the neighbourhood team in the past three months?",
                    range: 0...1000)
                    .hint("Een schatting volstaat; 0 als er niemand is doorverwezen.",
                          "An estimate will do; 0 if nobody was referred.")
                    .allowingSpecial(),
            ]),
        Section.afterConsent(
            "toegankelijkheid", SharedCore.toegankelijkheidTitle,
            intro: .t("Hoe toegankelijk het wijkteam is voor uw achterban en welke drempels mensen ervaren.",
                      "How accessible the team is to your constituency and which barriers people experience."),
            [
                SharedCore.toegankelijkheid, SharedCore.drempels, SharedCore.aanbodSluitAan,
                Question.yesNo(
                    "begeleid",
                    "Heeft uw organisatie in het afgelopen jaar mensen begeleid naar het wijkteam?",
                    "Has your organisation accompanied people to the neighbourhood team in the past year?")
                    .hint("Bijvoorbeeld meegaan naar een gesprek of helpen bij de aanmelding.",
                          "For example going along to a meeting or helping with the application.")
                    .allowingSpecial(),
                Question.quality(
                    "begeleiding_verloop",
                    "Hoe is dat over het algemeen verlopen?", "How did that generally go?")
                    .onlyIf("${begeleid} = true()"),
            ]),
        Section.afterConsent(
            "samenwerking", SharedCore.samenwerkingTitle,
            intro: .t("De samenwerking tussen uw organisatie en het wijkteam.",
                      "Collaboration between your organisation and the neighbourhood team."),
            [
                SharedCore.AsOrganisation.contact, SharedCore.samenwerkingsvormen, SharedCore.contactfrequentie,
                SharedCore.kwaliteitSamenwerking, SharedCore.AsOrganisation.wederzijdsVertrouwen,
                SharedCore.AsOrganisation.gelijkwaardigePartner, SharedCore.vasteAfspraken,
                Question.single(
                    "vergoeding", list: ChoiceLists.vergoeding.name,
                    "Ontvangt uw organisatie een vergoeding voor haar inzet voor of met het wijkteam?",
                    "Does your organisation receive compensation for its work for or with the neighbourhood team?")
                    .onlyIf(SharedCore.ifContact).allowingSpecial(),
                SharedCore.AsOrganisation.huidigeRol, SharedCore.geenContactReden,
                SharedCore.AsOrganisation.gewensteRol, SharedCore.knelpunten,
            ]),
        SharedCore.aanbevelingen,
    ]

    static let context = Section.afterConsent(
        "context", .t("De organisatie", "The organisation"),
        intro: .t("Enkele feiten over de organisatie en haar achterban.",
                  "A few facts about the organisation and its constituency."),
        [
            Question.single("organisatievorm", list: ChoiceLists.organisatievormen.name,
                            "Wat is de organisatievorm?", "What is the organisation's legal or organisational form?")
                .withOther()
                .requiring("Kies de organisatievorm.", "Choose the organisational form."),
            Question.multiple("achterban", list: ChoiceLists.herkomst.name,
                              "Uit welke herkomstgroepen bestaat uw achterban?",
                              "Which origin groups make up your constituency?")
                .hint("Meerdere antwoorden mogelijk.", "Several answers possible.")
                .withOther().allowingSpecial()
                .requiring("Kies ten minste één herkomstgroep.", "Choose at least one origin group."),
            Question.multiple("doelgroepen", list: ChoiceLists.doelgroepen.name,
                              "Op welke doelgroepen richt uw organisatie zich?",
                              "Which target groups does your organisation focus on?")
                .withOther().allowingSpecial(),
            Question.integer("vrijwilligers", "Hoeveel vrijwilligers zijn er actief bij uw organisatie?",
                             "How many volunteers are active in your organisation?", range: 0...10_000)
                .hint("Een schatting volstaat.", "An estimate will do.")
                .allowingSpecial(),
            Question.multiple("financiering", list: ChoiceLists.financiering.name,
                              "Hoe wordt uw organisatie gefinancierd?", "How is your organisation funded?")
                .withOther().exclusive().allowingSpecial(),
        ])
}
