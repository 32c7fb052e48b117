/// The shared core: questions asked in both variants, defined once here so that
/// their ids, choices and scales are identical by construction. That is what
/// lets the coordinator put the wijkteam and migrant-organisation answers side
/// by side. Labels are worded so they read well for both respondents; each
/// variant's section intros give the perspective.
enum SharedCore {
    /// Relevant for the follow-ups of `contact`.
    static let ifContact = "${contact} = true()"
    static let ifNoContact = "${contact} = false()"

    // MARK: 0 Gegevens van het gesprek

    static let metadata = Section(
        id: "gesprek",
        title: .t("Gegevens van het gesprek", "About the interview"),
        intro: .t("Vul deze gegevens in aan het begin van het gesprek.",
                  "Fill in these details at the start of the interview."),
        questions: [
            Question.text(MetadataID.organisation, "Naam van het wijkteam of de organisatie",
                          "Name of the team or organisation")
                .requiring("Vul de naam van het team of de organisatie in.",
                           "Enter the name of the team or organisation."),
            Question.text(MetadataID.gemeente, "Gemeente", "Municipality")
                .requiring("Vul de gemeente in.", "Enter the municipality."),
            Question.text(MetadataID.wijk, "Wijk of werkgebied", "Neighbourhood or service area")
                .hint("Laat leeg als het team of de organisatie in de hele gemeente werkt.",
                      "Leave empty if the team or organisation works across the municipality."),
            Question.single(MetadataID.role, list: ChoiceLists.rollen.name,
                            "Functie of rol van de respondent", "Position or role of the respondent")
                .withOther()
                .requiring("Kies de rol van de respondent.", "Choose the respondent's role."),
            Question.date(MetadataID.date, "Datum van het gesprek", "Date of the interview")
                .requiring("Vul de datum van het gesprek in.", "Enter the date of the interview.")
                .check(". <= today()", "Deze datum ligt in de toekomst. Klopt dat?",
                       "This date is in the future. Is that correct?", severity: .soft),
            Question.yesNo(MetadataID.consent,
                           "Heeft de respondent geïnformeerde toestemming gegeven voor het gesprek en voor het vastleggen en gebruiken van de antwoorden volgens de AVG?",
                           "Has the respondent given informed consent to the interview and to recording and using the answers under the GDPR (AVG)?")
                .hint("Lees de toestemmingsverklaring voor en licht toe hoe de gegevens worden bewaard. Bij ‘nee’ eindigt het gesprek hier.",
                      "Read out the consent statement and explain how the data is stored. If ‘no’, the interview ends here.")
                .requiring("Leg vast of er toestemming is gegeven.", "Record whether consent was given."),
        ].map { $0.shared() })

    // MARK: 1 Beeld en houding

    static let beeldTitle = LocalizedText.t("1. Beeld en houding", "1. Image and attitude")

    static let beeld = Question.longText(
        "beeld",
        "Welk beeld heeft het wijkteam van bewoners met een migratieachtergrond? Hoe kijkt het team naar hun vragen en hun manier van hulp zoeken?",
        "What image does the team have of residents with a migration background? How does it view their questions and the way they seek help?")
        .hint("Vraag door naar voorbeelden, naar verschillen tussen groepen en naar veranderingen in de afgelopen jaren.",
              "Probe for examples, for differences between groups and for changes in recent years.")
        .shared()

    static let kentLeefwereld = Question.agree(
        "kent_leefwereld",
        "Het wijkteam kent de dagelijkse leefwereld van bewoners met een migratieachtergrond.",
        "The team knows the daily lives of residents with a migration background.").shared()

    static let laatInBeeld = Question.agree(
        "laat_in_beeld",
        "Bewoners met een migratieachtergrond komen pas in beeld bij het wijkteam als de problemen groot zijn.",
        "Residents with a migration background only come into view of the team when problems are big.").shared()

    // MARK: 2 Bereik

    static let bereikTitle = LocalizedText.t("2. Bereik", "2. Reach")

    /// The migrantenorganisatie's side of the shared core: the same items (comparable: same
    /// id, type, list and scale), worded as the organisation's view and about itself.
    enum AsOrganisation {
        static let beeld = SharedCore.beeld.worded(
            "Welk beeld heeft het wijkteam volgens u van bewoners met een migratieachtergrond? Hoe kijkt het team volgens u naar hun vragen en hun manier van hulp zoeken?",
            "In your view, what image does the team have of residents with a migration background? How, in your view, does it look at their questions and the way they seek help?")
            .hint("Vraag door naar voorbeelden: wat merken de organisatie en haar achterban daarvan, en bij welke groepen?",
                  "Probe for examples: what do the organisation and its constituency notice of it, and with which groups?")
        static let contact = SharedCore.contact.worded(
            "Is er contact tussen uw organisatie en het wijkteam?",
            "Is there contact between your organisation and the neighbourhood team?")
        static let wederzijdsVertrouwen = SharedCore.wederzijdsVertrouwen.worded(
            "Het wijkteam en onze organisatie vertrouwen elkaar.",
            "The team and our organisation trust each other.")
        static let gelijkwaardigePartner = SharedCore.gelijkwaardigePartner.worded(
            "Het wijkteam behandelt onze organisatie als gelijkwaardige partner.",
            "The team treats our organisation as an equal partner.")
        static let huidigeRol = SharedCore.huidigeRol.worded(
            "Welke rol speelt uw organisatie nu in de samenwerking met het wijkteam?",
            "What role does your organisation play in the collaboration with the team now?")
        static let gewensteRol = SharedCore.gewensteRol.worded(
            "Welke rol zou uw organisatie volgens u moeten spelen?",
            "What role should your organisation play, in your view?")
    }

    static let bereik = Question.extent(
        "bereik",
        "In hoeverre bereikt het wijkteam bewoners met een migratieachtergrond?",
        "To what extent does the team reach residents with a migration background?").shared()

    static let buitenBeeld = Question.multiple(
        "buiten_beeld", list: ChoiceLists.herkomst.name,
        "Welke groepen blijven (grotendeels) buiten beeld van het wijkteam?",
        "Which groups stay (largely) out of view of the team?")
        .hint("Meerdere antwoorden mogelijk.", "Several answers possible.")
        .withOther().allowingSpecial().shared()

    // MARK: 3 Toegankelijkheid

    static let toegankelijkheidTitle = LocalizedText.t("3. Toegankelijkheid", "3. Accessibility")

    static let toegankelijkheid = Question.extent(
        "toegankelijkheid",
        "In hoeverre is het wijkteam toegankelijk voor bewoners met een migratieachtergrond?",
        "To what extent is the team accessible to residents with a migration background?").shared()

    static let drempels = Question.multiple(
        "drempels", list: ChoiceLists.drempels.name,
        "Wat zijn de belangrijkste drempels voor bewoners met een migratieachtergrond om hulp te vragen bij het wijkteam?",
        "What are the main barriers for residents with a migration background to ask the team for help?",
        max: 3)
        .hint("Kies maximaal drie. Laat de respondent eerst zelf noemen en lees daarna de lijst voor.",
              "Choose at most three. Let the respondent answer unprompted first, then read out the list.")
        .withOther().allowingSpecial().shared()

    static let aanbodSluitAan = Question.agree(
        "aanbod_sluit_aan",
        "Het aanbod van het wijkteam sluit aan bij de vragen van bewoners met een migratieachtergrond.",
        "What the team offers fits the questions of residents with a migration background.").shared()

    // MARK: 4 Samenwerking

    static let samenwerkingTitle = LocalizedText.t("4. Samenwerking", "4. Collaboration")

    static let contact = Question.yesNo(
        "contact",
        "Is er contact tussen het wijkteam en migrantenorganisaties in de wijk?",
        "Is there contact between the team and migrant organisations in the neighbourhood?")
        .requiring("Leg vast of er contact is; de vervolgvragen hangen ervan af.",
                   "Record whether there is contact; the follow-up questions depend on it.")
        .shared()

    static let samenwerkingsvormen = Question.multiple(
        "samenwerkingsvormen", list: ChoiceLists.samenwerkingsvormen.name,
        "Welke vormen van samenwerking zijn er?", "Which forms of collaboration are there?")
        .onlyIf(ifContact).withOther().exclusive().shared()

    static let contactfrequentie = Question.single(
        "contactfrequentie", list: ChoiceLists.frequentie.name,
        "Hoe vaak is er contact?", "How often is there contact?")
        .onlyIf(ifContact).allowingSpecial().shared()

    static let kwaliteitSamenwerking = Question.quality(
        "kwaliteit_samenwerking",
        "Hoe beoordeelt u de kwaliteit van de samenwerking?",
        "How do you rate the quality of the collaboration?").onlyIf(ifContact).shared()

    static let wederzijdsVertrouwen = Question.agree(
        "wederzijds_vertrouwen",
        "Het wijkteam en de migrantenorganisatie vertrouwen elkaar.",
        "The team and the migrant organisation trust each other.").onlyIf(ifContact).shared()

    static let gelijkwaardigePartner = Question.agree(
        "gelijkwaardige_partner",
        "Het wijkteam behandelt de migrantenorganisatie als gelijkwaardige partner.",
        "The team treats the migrant organisation as an equal partner.").onlyIf(ifContact).shared()

    static let vasteAfspraken = Question.yesNo(
        "vaste_afspraken",
        "Zijn er vaste afspraken over de samenwerking?",
        "Are there fixed arrangements about the collaboration?")
        .hint("Bijvoorbeeld een vast contactpersoon, regelmatig overleg of een convenant.",
              "For example a fixed contact person, regular meetings or a covenant.")
        .onlyIf(ifContact).allowingSpecial().shared()

    static let huidigeRol = Question.multiple(
        "huidige_rol", list: ChoiceLists.rollenMigrantenorganisatie.name,
        "Welke rol speelt de migrantenorganisatie nu in de samenwerking?",
        "What role does the migrant organisation play in the collaboration now?")
        .onlyIf(ifContact).withOther().exclusive().shared()

    static let geenContactReden = Question.longText(
        "geen_contact_reden",
        "Waarom is er (nog) geen contact?", "Why is there no contact (yet)?")
        .hint("Vraag ook of er eerder contact is geweest en wat daarmee gebeurd is.",
              "Also ask whether there has been contact before and what happened to it.")
        .onlyIf(ifNoContact).shared()

    static let gewensteRol = Question.multiple(
        "gewenste_rol", list: ChoiceLists.rollenMigrantenorganisatie.name,
        "Welke rol zou de migrantenorganisatie volgens u moeten spelen?",
        "What role should the migrant organisation play, in your view?")
        .withOther().exclusive().allowingSpecial().shared()

    static let knelpunten = Question.multiple(
        "knelpunten", list: ChoiceLists.knelpunten.name,
        "Welke knelpunten zijn er (of zouden er zijn) in de samenwerking?",
        "What obstacles are there (or would there be) in the collaboration?")
        .withOther().exclusive().allowingSpecial().shared()

    // MARK: 5 Aanbevelingen (only shared questions, so the whole section is shared)

    static let aanbevelingen = Section.afterConsent(
        "aanbevelingen", .t("5. Aanbevelingen", "5. Recommendations"),
        intro: .t("Tot slot: wat kan er beter, en wie zou wat moeten doen?",
                  "Finally: what could be better, and who should do what?"),
        [
            Question.note(
                "aanbevelingen_intro",
                "We zijn bijna aan het eind. Nodig de respondent uit om zo concreet mogelijk te zijn: wat zou het wijkteam, de migrantenorganisatie of de gemeente anders moeten doen?",
                "We are almost done. Invite the respondent to be as concrete as possible: what should the team, the migrant organisation or the municipality do differently?"),
            Question.multiple(
                "verbeteringen", list: ChoiceLists.verbeteringen.name,
                "Welke verbeteringen zouden het bereik en de toegankelijkheid van het wijkteam het meest vergroten?",
                "Which improvements would most increase the team's reach and accessibility?",
                max: 3)
                .hint("Kies maximaal drie.", "Choose at most three.")
                .withOther().allowingSpecial(),
            Question.yesNo(
                "ondersteuningsbehoefte",
                "Heeft uw team of organisatie behoefte aan ondersteuning om ‘diversiteitsproof’ te werken?",
                "Does your team or organisation need support to work in a ‘diversity-proof’ way?")
                .allowingSpecial(),
            Question.longText(
                "ondersteuning_welke", "Aan welke ondersteuning denkt u?", "What kind of support do you have in mind?")
                .onlyIf("${ondersteuningsbehoefte} = true()"),
            Question.longText(
                "verwachting_gemeente", "Wat verwacht u op dit punt van de gemeente?",
                "What do you expect from the municipality in this respect?"),
            Question.longText(
                "aanbeveling", "Wat is uw belangrijkste concrete aanbeveling?",
                "What is your most important concrete recommendation?")
                .hint("Noteer de aanbeveling zo letterlijk mogelijk.", "Note the recommendation as literally as possible."),
            Question.longText(
                "notities_interviewer", "Notities van de interviewer",
                "Interviewer's notes")
                .forInterviewerOnly()
                .hint("Niet voorleggen aan de respondent. Bijvoorbeeld sfeer, bijzonderheden of afspraken voor terugkoppeling.",
                      "Do not ask the respondent. For example atmosphere, particulars or agreements about feedback."),
        ].map { $0.shared() })
}
