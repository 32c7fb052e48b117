/// Word material for synthetic interviews: interviewers and sentences about
/// wijkteams, trust, language and key figures, with Dutch (and Turkish and
/// Moroccan-Dutch) diacritics so that encoding bugs show up in demos and tests.
enum PhraseBank {
    /// Interviewers, each with the laptop they work on.
    static let interviewers: [(name: String, device: String)] = [
        ("Ayşe Yılmaz", "laptop-01"), ("Mohamed El Amrani", "laptop-02"),
        ("Sanne de Vries", "laptop-03"), ("Oğuz Kılıç", "laptop-04"),
        ("Fatıma Ouaali", "laptop-05"), ("Bram van den Berg", "laptop-06"),
        ("Khadija Boukhari", "laptop-07"), ("Merve Şahin", "laptop-08"),
        ("Noor Bakker", "laptop-09"), ("Youssef Aït Taleb", "laptop-10"),
        ("İlknur Doğan", "laptop-11"), ("Eline Jansen-Çelik", "laptop-12"),
    ]

    static let teamPrefixes = ["Sociaal wijkteam", "Buurtteam", "Wijkteam", "Team Jeugd en Gezin", "Sociaal team"]
    static let openers = [
        "Wat ik vooral merk, is dat", "Eerlijk gezegd denk ik dat", "In onze wijk zie je dat",
        "De collega’s zeggen dat", "Het hangt er echt van af, maar ik denk dat", "Ik zou zeggen dat",
        "Als ik naar het afgelopen jaar kijk, dan", "Wat vaak misgaat, is dat", "Mijn ervaring is dat",
        "Het beeld is gemengd, maar vaak zie je dat", "Dat is een goede vraag. Ik denk dat",
    ]
    static let subjects = [
        "bewoners met een migratieachtergrond", "oudere Turkse en Marokkaanse Nederlanders",
        "nieuwkomers en statushouders", "jonge moeders", "de achterban van de moskee",
        "Eritrese jongeren", "Poolse arbeidsmigranten", "Syrische gezinnen", "veel gezinnen in de wijk",
        "mensen die de weg niet kennen", "de sleutelfiguren in de buurt", "de collega’s van het wijkteam",
    ]
    static let predicates = [
        "het wijkteam nog te weinig kennen", "pas aankloppen als de schulden al hoog zijn opgelopen",
        "meer vertrouwen hebben in iemand uit de eigen gemeenschap", "bang zijn dat hulp gevolgen heeft voor hun verblijfsstatus",
        "liever eerst bij de imam of de buurtmoeder langsgaan", "de brieven van de gemeente niet begrijpen",
        "zich niet serieus genomen voelen", "het idee hebben dat ‘het wijkteam’ de jeugdzorg is",
        "drempels ervaren door de taal", "goed bereikt worden via de taalcafés",
        "juist via de school in beeld komen", "moeite hebben met afspraken via een app of een website",
        "het fijn vinden als er iemand thuis langskomt", "schaamte voelen om hulp te vragen",
    ]
    static let connectors = [
        "Daarom", "Tegelijk", "Bovendien", "Aan de andere kant", "Gelukkig",
        "Soms", "Toch", "Sinds vorig jaar", "In de praktijk",
    ]
    static let followUps = [
        "werken we samen met sleutelfiguren die de taal spreken en het vertrouwen hebben.",
        "zou een vaste contactpersoon bij het wijkteam veel verschil maken.",
        "is er behoefte aan tolken, en niet aan kinderen die moeten tolken.",
        "gaan we samen met de migrantenorganisatie op huisbezoek.",
        "duurt het soms maanden voordat iemand de stap durft te zetten.",
        "organiseren we spreekuren in het buurthuis en in de moskee.",
        "is de financiering van vrijwilligers nog steeds niet geregeld.",
        "moet de gemeente de samenwerking structureel ondersteunen, niet per project.",
        "vertelde een cliënte pas na drie gesprekken over haar schulden.",
        "merken we dat de wachtlijsten het vertrouwen geen goed doen.",
        "vragen mensen naar praktische hulp: formulieren, toeslagen, een brief van het CAK.",
        "zouden we meer moeten investeren in cultuursensitief werken en in diversiteit in het team.",
        "zijn de contacten nu vooral afhankelijk van één of twee personen; als die vertrekken, is het weg.",
    ]
    static let quotes = [
        "“Ze kennen ons niet, dus waarom zouden ze ons vertrouwen?”",
        "“Als je de taal spreekt, gaat de deur open.”",
        "“Wij zijn geen doorgeefluik, wij zijn partner.”",
        "“Mijn moeder belt liever mij dan het wijkteam.”",
        "“Eerst koffie, dan pas het formulier.”",
    ]
    static let shortTexts = [
        "Weet ik niet precies.", "Geen idee, dat moet ik navragen.", "Dat verschilt per casus.",
        "Meer tijd en vaste gezichten.", "Tolken, en dan echte tolken.", "Zie eerdere antwoord.",
        "Samen optrekken met de sleutelfiguren.", "Structurele financiering van vrijwilligers.",
    ]
    static let otherTexts = [
        "Buurtvader", "Via de huisarts en het consultatiebureau", "Via de voedselbank",
        "Informeel, via de kerk", "Vrijwilliger bij het inloopspreekuur", "Vanuit de GGD",
        "Sleutelfiguur (zelfstandig)", "Kinderen en kleinkinderen", "Via WhatsApp-groepen",
    ]
    static let remarks = [
        "Respondent wilde hier eerst over nadenken.", "Vraag anders geformuleerd, antwoord klopt wel.",
        "Gesprek kort onderbroken door telefoon.", "Respondent gaf aan dit gevoelig te vinden.",
        "Collega vulde aan tijdens het gesprek.",
    ]
}
