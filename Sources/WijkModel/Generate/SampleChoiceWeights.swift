/// How often each option of the bundled questionnaires' choice questions is
/// picked in synthetic interviews, per variant where the two sides see
/// things differently. Multiple choice: the chance that a respondent ticks
/// the option; single choice: relative weights. Codes not listed get a small
/// default; `anders` and `geen` are handled by `SampleChoices`.
enum SampleChoiceWeights {
    typealias Table = [String: Double]

    /// Multiple choice, the same for both variants unless `organisationMultiple` says otherwise.
    static let multiple: [String: Table] = [
        "buiten_beeld": ["eritrees": 0.45, "somalisch": 0.35, "midden_oost_europees": 0.55, "syrisch": 0.3,
                         "afghaans_iraaks": 0.25, "overig_afrikaans": 0.2, "overig_aziatisch": 0.2,
                         "turks": 0.08, "marokkaans": 0.1, "surinaams": 0.06, "antilliaans": 0.15],
        "drempels": ["onbekendheid": 0.55, "taal": 0.6, "schaamte": 0.25, "wantrouwen": 0.35,
                     "angst_jeugdbescherming": 0.25, "cultuurverschillen": 0.2, "weinig_maatwerk": 0.15,
                     "bereikbaarheid": 0.15, "negatieve_ervaring": 0.15, "eigen_kring": 0.35],
        "samenwerkingsvormen": ["doorverwijzing": 0.7, "spreekuur_op_locatie": 0.25, "voorlichting": 0.35,
                                "sleutelfiguren": 0.3, "casusoverleg": 0.25, "projecten": 0.3,
                                "netwerkoverleg": 0.45, "deskundigheid": 0.12],
        "huidige_rol": ["brug": 0.55, "informatiekanaal": 0.45, "tolk": 0.3, "gelijkwaardige_partner": 0.15,
                        "adviseur": 0.1, "eigen_aanbod": 0.3],
        "gewenste_rol": ["brug": 0.5, "informatiekanaal": 0.35, "tolk": 0.1, "gelijkwaardige_partner": 0.55,
                         "adviseur": 0.35, "eigen_aanbod": 0.3],
        "knelpunten": ["tijd": 0.5, "financiering": 0.4, "verwachtingen": 0.3, "privacy": 0.3,
                       "wisselende_contacten": 0.4, "ongelijke_macht": 0.15, "onbekendheid": 0.3,
                       "afhankelijk_vrijwilligers": 0.3],
        "verbeteringen": ["meer_tijd": 0.45, "diverser_team": 0.4, "scholing": 0.3, "tolken": 0.3,
                          "voorlichting": 0.35, "structurele_samenwerking": 0.4, "financiering_mo": 0.25,
                          "sleutelfiguren": 0.3, "vertrouwde_plekken": 0.25, "registratie": 0.1],
        "outreach": ["huisbezoeken": 0.7, "vindplaatsen": 0.5, "spreekuur_op_locatie": 0.35,
                     "sleutelfiguren": 0.3, "voorlichting": 0.3, "sociale_media": 0.2],
        "verwijsroutes": ["zelf": 0.45, "huisarts": 0.55, "school": 0.6, "migrantenorganisatie": 0.25,
                          "religieus": 0.15, "netwerk": 0.35, "welzijn": 0.4, "woningcorporatie": 0.3,
                          "veilig_thuis": 0.3],
        "tolken": ["professioneel": 0.55, "collega": 0.45, "netwerk": 0.4, "kind": 0.2,
                   "vrijwilliger": 0.2, "vertaalapp": 0.35],
        "hulpvragen": ["opvoeding": 0.45, "onderwijs": 0.35, "werk_inkomen": 0.4, "schulden": 0.5,
                       "wonen": 0.35, "gezondheid": 0.25, "psychisch": 0.2, "huiselijk_geweld": 0.12,
                       "eenzaamheid": 0.3, "brieven": 0.65, "verblijf": 0.25],
        "doelgroepen": ["gezinnen": 0.4, "moeders": 0.25, "vrouwen": 0.3, "vaders_mannen": 0.15,
                        "jongeren": 0.35, "kinderen": 0.25, "ouderen": 0.3, "nieuwkomers": 0.2],
        "financiering": ["gemeente": 0.45, "fondsen": 0.35, "eigen_middelen": 0.7, "opdrachten": 0.12],
    ]

    /// Where a migrantenorganisatie answers differently from a wijkteam.
    static let organisationMultiple: [String: Table] = [
        "drempels": ["wantrouwen": 0.5, "angst_jeugdbescherming": 0.45, "negatieve_ervaring": 0.3,
                     "weinig_maatwerk": 0.3, "cultuurverschillen": 0.3, "eigen_kring": 0.2],
        "huidige_rol": ["brug": 0.6, "tolk": 0.4, "gelijkwaardige_partner": 0.1, "eigen_aanbod": 0.45],
        "gewenste_rol": ["gelijkwaardige_partner": 0.7, "adviseur": 0.45, "tolk": 0.05],
        "knelpunten": ["financiering": 0.65, "ongelijke_macht": 0.35, "afhankelijk_vrijwilligers": 0.45,
                       "tijd": 0.35],
        "verbeteringen": ["financiering_mo": 0.5, "structurele_samenwerking": 0.5, "diverser_team": 0.45,
                          "meer_tijd": 0.25, "registratie": 0.04],
    ]

    /// Chance of answering only `geen` where the list has it.
    static let none: [String: Double] = [
        "outreach": 0.04, "tolken": 0.03, "knelpunten": 0.07, "financiering": 0.06,
        "samenwerkingsvormen": 0.03, "huidige_rol": 0.05, "gewenste_rol": 0.03,
    ]

    /// Single choice: relative weights per variant (wijkteam, migrantenorganisatie).
    static let single: [String: (team: Table, organisation: Table)] = [
        MetadataID.role: (["teamlid": 62, "coordinator": 34, "anders": 4],
                          ["bestuurslid": 46, "medewerker": 14, "vrijwilliger": 36, "anders": 4]),
        "teamtype": (["breed": 60, "jeugd_gezin": 21, "volwassenen": 15, "anders": 4], [:]),
        "registratie": (["systematisch": 18, "deels": 36, "nee": 46], [:]),
        "organisatievorm": ([:], ["stichting": 50, "vereniging": 22, "religieus": 13, "informeel": 12, "anders": 3]),
    ]
}
