/// Open answers that fit their question: sentences per open question of the
/// bundled questionnaires (from the respondent's side where the two differ)
/// and "anders, namelijk" texts per choice list. `{wijk}`, `{gemeente}`,
/// `{groep}` and `{naam}` are filled in from the interview's profile, so
/// Turkish, Arabic, Polish and other names and groups appear where they fit.
enum SampleOpenTexts {
    /// Sentences for a long-text question; organisation-side first where they differ.
    static func sentences(for id: String, organisation: Bool) -> [String]? {
        switch id {
        case "beeld": return organisation ? beeldOrganisation : beeldTeam
        case "beeld_wijkteam": return beeldWijkteam
        case "geen_contact_reden": return organisation ? geenContactOrganisation : geenContactTeam
        case "ondersteuning_welke": return ondersteuning
        case "verwachting_gemeente": return verwachtingGemeente
        case "aanbeveling": return aanbeveling
        case "notities_interviewer": return notities
        default: return nil
        }
    }

    static let names = ["Yılmaz", "El Idrissi", "Kowalska", "Benali", "Öztürk", "Haddou", "Nowak",
                        "Tesfay", "Abdi", "Çelik", "Al-Khatib", "Wiśniewski", "Bouzian", "Doğan"]

    static let beeldTeam = [
        "In het team wordt soms gedacht dat {groep} gezinnen hun problemen liever binnen de familie houden.",
        "We zien bewoners met een migratieachtergrond vaak pas als de problemen zich hebben opgestapeld: schulden, een huurachterstand, spanningen thuis.",
        "Collega’s vinden het lastig om in te schatten wat iemand écht vraagt als het gesprek via een tolk gaat.",
        "Het beeld verschilt per collega; wie zelf een migratieachtergrond heeft, legt sneller contact.",
        "We praten te makkelijk over ‘de’ migrant, terwijl een Poolse arbeidsmigrant en een Syrisch gezin heel andere vragen hebben.",
        "Sinds de training cultuursensitief werken bespreken we in het team vaker onze eigen aannames.",
        "Er is soms ongeduld als afspraken niet worden nagekomen, terwijl daar vaak een praktische reden achter zit.",
        "In {wijk} kennen we vooral de gezinnen die via school binnenkomen; de {groep} ouderen zien we nauwelijks.",
        "Collega’s zijn oprecht betrokken, maar hebben weinig tijd om vertrouwen op te bouwen.",
        "Mevrouw {naam}, onze collega die Arabisch en Berbers spreekt, wordt bij elke lastige casus gevraagd.",
        "Bij Poolse en Roemeense arbeidsmigranten weten we vaak niet eens dat ze in {wijk} wonen; ze staan niet altijd ingeschreven.",
        "Het team is de laatste jaren diverser geworden, en dat merk je aan hoe casussen worden besproken.",
        "Soms horen we ‘die gezinnen willen geen hulp’, terwijl ze vooral geen vertrouwen hebben in instanties.",
        "Met de Eritrese jongeren in {gemeente} hebben we weinig contact; zij zoeken elkaar op en vragen pas hulp als het echt misgaat.",
        "Een collega zei laatst: ‘We verwachten dat mensen naar ons toe komen, maar wij zijn degenen die moeten bewegen.’",
        "Meneer {naam} van de moskee heeft ons veel geleerd over hoe schaamte werkt bij schulden.",
    ]
    static let beeldOrganisation = [
        "Het wijkteam ziet onze achterban vooral als een groep met problemen, niet als mensen met eigen kracht.",
        "Onze leden merken dat ze snel worden doorverwezen in plaats van dat er echt wordt geluisterd.",
        "Er wordt vaak gedacht dat {groep} vrouwen niet zelf beslissen, terwijl dat bij ons heel anders ligt.",
        "Sommige medewerkers doen echt moeite; mevrouw {naam} van het team komt zelfs naar onze bijeenkomsten.",
        "Het beeld is beter geworden sinds het wijkteam een keer bij ons op de iftar is geweest.",
        "Bij de {groep} ouderen in {wijk} wordt te snel aangenomen dat de kinderen wel voor hen zorgen.",
        "Het team weet weinig van wat onze vrijwilligers al doen, zoals helpen met brieven van de Belastingdienst.",
        "We horen medewerkers ‘die mensen’ zeggen; dat voelt niet gelijkwaardig.",
        "Volgens onze leden kijkt het wijkteam vooral naar wat er mis is, en minder naar wat de familie zelf al oplost.",
        "Bij de {groep} gezinnen wordt snel gedacht dat de vader alles beslist; dat klopt vaak niet.",
        "Het wijkteam in {wijk} is welwillend, maar kent de cultuur en de religie van onze achterban nauwelijks.",
        "Er is weinig oog voor de rol van de moskee en de zaterdagschool als eerste plek waar mensen hun zorgen delen.",
        "Mevrouw {naam} uit ons bestuur zegt het zo: ‘Ze praten óver ons, niet mét ons.’",
        "Sinds er een medewerker met een Marokkaanse achtergrond in het team zit, is het contact duidelijk beter.",
    ]
    static let beeldWijkteam = [
        "Veel mensen denken dat het wijkteam hetzelfde is als jeugdbescherming en zijn bang dat hun kinderen worden weggehaald.",
        "Na de toeslagenaffaire is het vertrouwen in alles wat met de gemeente te maken heeft laag.",
        "De jongeren kennen het wijkteam nauwelijks; de ouderen noemen het gewoon ‘de gemeente’.",
        "Wie goed geholpen is, vertelt het door in de moskee; dat werkt beter dan elke folder.",
        "Men vindt de medewerkers vriendelijk, maar het duurt lang en er komt steeds een ander gezicht.",
        "Een van onze leden, meneer {naam}, werd drie keer doorgestuurd voordat iemand hem hielp met zijn schulden.",
        "De {groep} ouders weten vaak niet dat het wijkteam bestaat, laat staan wat het doet.",
        "Over de wijkcoach die Turks spreekt zijn mensen heel positief; zij wordt overal gevraagd.",
        "“Ze komen alleen als er iets mis is”, zei een moeder bij ons op de koffieochtend.",
        "Ouderen denken dat het wijkteam alleen voor Nederlanders is, omdat alle folders in het Nederlands zijn.",
        "Bij de Poolse ouders leeft vooral de angst dat een melding gevolgen heeft voor hun werk of huisvesting.",
        "Het wijkteam heeft bij ons een goede naam sinds de hulp bij de energietoeslag; dat is rondgegaan in de WhatsApp-groep.",
        "Mensen weten niet wat ze kunnen verwachten: is het hulp, of controle?",
        "Onze Syrische leden vergelijken het met de overheid in hun land van herkomst, en zijn daarom voorzichtig.",
        "Mevrouw {naam} vertelde dat ze pas na drie gesprekken durfde te zeggen dat er thuis problemen waren.",
    ]
    static let geenContactTeam = [
        "We weten eerlijk gezegd niet welke migrantenorganisaties er in {wijk} actief zijn.",
        "Vorig jaar liep er contact via een collega, maar die is vertrokken en daarna is het stilgevallen.",
        "Het team heeft het te druk met de wachtlijst; samenwerking met organisaties schiet er dan bij in.",
        "Er was een keer een kennismaking in het buurthuis, maar er kwam geen vervolg.",
        "Privacyregels maken het lastig: we mogen niets over cliënten delen, dus wat zou de samenwerking dan zijn?",
        "De organisaties die we kennen werken vooral met vrijwilligers die overdag niet bereikbaar zijn.",
        "Het is nooit een prioriteit geweest; de gemeente vraagt ons er ook niet naar.",
        "We hebben het geprobeerd via de gemeente, maar kregen geen lijst van organisaties in {gemeente}.",
        "Collega’s weten niet goed wat een migrantenorganisatie voor ons kan betekenen.",
    ]
    static let geenContactOrganisation = [
        "Er is nooit iemand van het wijkteam bij ons langs geweest, en wij wisten niet bij wie we moesten aankloppen.",
        "Vorig jaar hadden we contact met een wijkcoach, maar die is vertrokken en daarna hoorden we niets meer.",
        "We hebben geen tijd: de organisatie draait op vrijwilligers die ook een baan hebben.",
        "De gemeente {gemeente} subsidieert alleen de grote welzijnsorganisatie; kleine organisaties zoals de onze worden niet betrokken.",
        "Er was een bijeenkomst, maar er kwam geen vervolg.",
        "Onze leden gaan liever naar de imam of naar iemand die ze kennen dan naar een instantie.",
        "We hebben een keer gebeld, maar werden doorverbonden en hoorden daarna niets meer.",
        "Onze leden hebben slechte ervaringen met instanties; het bestuur wil eerst weten wat het wijkteam met informatie doet.",
        "Er is een wisselende contactpersoon; elke keer moeten we opnieuw uitleggen wie we zijn.",
    ]
    static let ondersteuning = [
        "Training in cultuursensitief werken, liefst samen met mensen uit de gemeenschappen zelf.",
        "Een vaste tolkenvoorziening die niet per gesprek hoeft te worden aangevraagd.",
        "Hulp bij het schrijven van subsidieaanvragen.",
        "Intervisie over casussen waarin familie-eer of loyaliteit een rol speelt.",
        "Voorlichtingsmateriaal in het Turks, Arabisch, Pools en Tigrinya.",
        "Een cursus over de Wmo en de jeugdwet voor onze vrijwilligers.",
        "Iemand die ons wegwijs maakt in de privacyregels, zodat we weten wat we mogen delen.",
        "Uren in het rooster om een netwerk in {wijk} op te bouwen.",
        "Een vaste contactpersoon bij de gemeente die onze vragen beantwoordt.",
        "Ondersteuning bij het werven en opleiden van sleutelfiguren in {wijk}.",
        "Samen met het wijkteam een training over schulden en de toeslagen, voor onze vrijwilligers.",
        "Een ruimte voor spreekuren; nu doen we alles in de moskee of bij iemand thuis.",
    ]
    static let verwachtingGemeente = [
        "Structurele financiering van migrantenorganisaties, niet steeds een projectsubsidie voor één jaar.",
        "Dat de gemeente diversiteit meeneemt in de opdracht aan de wijkteams.",
        "Een regisseur die de contacten tussen wijkteam en organisaties in {gemeente} bijhoudt.",
        "Dat brieven van de gemeente begrijpelijk worden, en ook in andere talen beschikbaar zijn.",
        "Erkenning van het werk dat vrijwilligers nu gratis doen.",
        "Meer tijd voor de wijkteams, zodat ze niet alleen brandjes blussen.",
        "Betere cijfers: zonder registratie weten we niet of we iedereen bereiken.",
        "Een vast overleg per wijk, twee keer per jaar, met de wethouder erbij.",
        "Dat de gemeente {gemeente} niet alleen praat over participatie, maar er ook tijd en geld voor vrijmaakt.",
        "Dat migrantenorganisaties aan tafel zitten als het beleid voor de wijkteams wordt gemaakt.",
        "Dat er tolken beschikbaar zijn zonder dat het wijkteam daar zelf budget voor moet zoeken.",
        "Heldere afspraken over privacy, zodat we weten wat we met het wijkteam mogen delen.",
    ]
    static let aanbeveling = [
        "Zorg voor één vaste contactpersoon per organisatie.",
        "Ga naar de mensen toe: spreekuren in de moskee, de kerk en het buurthuis.",
        "Neem sleutelfiguren in dienst en betaal ze, in plaats van op vrijwilligers te leunen.",
        "Werk met professionele tolken en nooit met kinderen als tolk.",
        "Maak de samenwerking structureel, met afspraken op papier.",
        "Investeer in een divers team dat de wijk weerspiegelt.",
        "Begin met luisteren: eerst koffie, dan pas het formulier.",
        "Betrek de {groep} gemeenschap bij het ontwerpen van het aanbod.",
        "Organiseer één keer per kwartaal een inloop in {wijk} samen met de migrantenorganisaties.",
        "Zorg dat folders er ook in het Turks, Arabisch, Pools en Tigrinya zijn, en laat ze controleren door mensen uit de gemeenschap.",
        "Maak duidelijk dat het wijkteam geen jeugdbescherming is.",
        "Geef vrijwilligers die nu als brug werken een vergoeding en een vaste plek in het netwerk.",
    ]
    static let notities = [
        "Gesprek gevoerd in het buurthuis; respondent was open en betrokken.",
        "Respondent wil graag een samenvatting van de resultaten ontvangen.",
        "Gesprek deels in het Turks gevoerd, met hulp van een collega.",
        "Sfeer was wat gespannen bij de vragen over samenwerking.",
        "Respondent moest halverwege weg; laatste vragen telefonisch aangevuld.",
        "Afgesproken om in het voorjaar terug te koppelen.",
        "Twee bestuursleden aanwezig; de antwoorden zijn samen gegeven.",
    ]

    /// "Anders, namelijk …" texts per choice list (wijkteam and organisation
    /// roles differ, so `rollen` has a list for each side).
    static func other(list: String, organisation: Bool) -> [String] {
        switch list {
        case "rollen": return organisation ? ["Voorzitter", "Penningmeester en vrijwilliger", "Sleutelfiguur", "Imam"]
                                           : ["Gedragswetenschapper", "Schuldhulpverlener", "Wijkverpleegkundige", "Procesregisseur"]
        case "herkomst": return ["Ghanees", "Koerdisch", "Pakistaans", "Iraans", "Kaapverdiaans", "Bulgaarse Turken", "Ethiopisch"]
        case "drempels": return ["Wachtlijsten", "Aanmelden kan alleen digitaal", "Na de toeslagenaffaire geen vertrouwen meer",
                                 "Niet weten dat hulp gratis is", "Angst voor gevolgen voor de verblijfsvergunning"]
        case "samenwerkingsvormen": return ["Gezamenlijk inloopspreekuur in de moskee", "Samen op huisbezoek",
                                            "Iftar-bijeenkomst met het wijkteam", "Themabijeenkomst over opvoeding"]
        case "rollen_migrantenorganisatie": return ["Vertrouwenspersoon voor vrouwen", "Meedenken over beleid van de gemeente",
                                                    "Ambassadeur in de wijk"]
        case "knelpunten": return ["Personeelsverloop bij het wijkteam", "Wachttijden", "Het wijkteam belt alleen als het iets nodig heeft"]
        case "verbeteringen": return ["Vaste contactpersoon per organisatie", "Inloopspreekuur op zaterdag",
                                      "Minder formulieren, meer persoonlijk contact"]
        case "leefdomeinen": return ["Toeslagenaffaire", "Hulp bij DigiD", "Mantelzorg voor ouders", "Huwelijksproblemen"]
        case "teamtypes": return ["Integraal team voor jeugd en volwassenen", "Buurtteam voor ouderen", "Team voor multiprobleemgezinnen"]
        case "outreach": return ["Koffieochtenden in het buurthuis", "Kraam op de markt", "Aanwezig bij de iftar in de moskee"]
        case "verwijsroutes": return ["Consultatiebureau", "Voedselbank", "Taalcafé in de bibliotheek", "Jongerenwerk"]
        case "organisatievormen": return ["Coöperatie", "Kerkgenootschap", "Werkgroep in een buurthuis"]
        case "doelgroepen": return ["Mantelzorgers", "Mensen zonder verblijfsvergunning", "Studenten", "LHBTI+ nieuwkomers"]
        case "financiering": return ["Sponsoring door ondernemers uit de wijk", "Opbrengst van de jaarlijkse bazaar",
                                     "Bijdrage van de woningcorporatie"]
        default: return PhraseBank.otherTexts
        }
    }
}
