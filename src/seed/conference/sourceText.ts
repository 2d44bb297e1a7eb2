/**
 * The press release on the 2nd annual labour-policy conference
 * (/work/shared/seed/pressemitteilung-jahrestagung-2.txt), repaired: the header repeated at the
 * page break is dropped, the poetry-slam sentence split by the break is joined, the funding
 * notice is kept once, and the Markdown emphasis and empty links are removed. Otherwise verbatim.
 */
// The source spells the programme „Zukunftscentren“; its official name is „Zukunftszentren“.

export const EVENT_TITLE = '2. Arbeitspolitische Jahrestagung im ESF-Programm „Zukunftszentren“'
export const MOTTO = 'Mit neuen Kompetenzen in die Arbeitswelt von morgen'
export const HEADLINE = 'Der digitale Wandel muss gemeinsam mit Beschäftigten gestaltet werden'
export const KICKER =
  'Pressemitteilung zur 2. Arbeitspolitischen Jahrestagung im ESF-Programm „Zukunftszentren“'

export const INTRO =
  'Mit der Digitalisierung verändert sich unsere Berufs- und Arbeitswelt. Betriebe und ' +
  'Beschäftigte stehen vor komplexen Herausforderungen. Die „Regionalen Zukunftszentren“ ' +
  'unterstützen deshalb seit 2019 ostdeutsche Unternehmen und Beschäftigte in diesen ' +
  'Wandlungsprozessen für eine gute Arbeit. Der Fokus liegt hierbei auf kleinen und mittleren ' +
  'Unternehmen (KMU), die in den ostdeutschen Bundesländern besonders präsent sind.'

export const FOCUS =
  'Aktuelle Herausforderungen und Chancen für neue betriebliche Gestaltungs- und Lernansätze im ' +
  'digitalen Wandel standen hier im Fokus.'

export const HOSTING =
  'Ausgerichtet wurde die Veranstaltung durch das „Zentrum digitale Arbeit“, einem ' +
  'Projektverbund unter der Trägerschaft von ARBEIT UND LEBEN Sachsen mit den Partnern ATB ' +
  'Chemnitz, HTWK Leipzig und der Universität Leipzig, der als übergeordneter Think-Tank im ' +
  'Programm „Zukunftszentren“ fungiert, in enger Kooperation mit dem Bundesministerium für ' +
  'Arbeit und Soziales (BMAS).'

export const MOTTO_PARAGRAPH =
  `Passend dazu stand die ${EVENT_TITLE} am heutigen 22. Juni unter dem Motto „${MOTTO}“. ` +
  `${FOCUS} ${HOSTING}`

export const PARTICIPATION =
  'Mit bundesweiter Beteiligung diskutierten die Teilnehmenden aus Politik, Wissenschaft und ' +
  'betrieblicher Praxis mit Expertinnen und Experten über innovative Wege und Erfahrungen in die ' +
  'Zukunft der Arbeit.'

/** Verbatim, including the source's „Kultur des Lernens und Arbeiten“. */
export const CENTRAL_THEMES =
  'Zentrale Themen waren die Veränderung von Arbeit im Betrieb, eine neue Kultur des Lernens und ' +
  'Arbeiten sowie die Weiterbildung und Kompetenzentwicklung im digitalen Wandel.'

export const BOEHNING_QUOTE_KMU =
  'Kleine und mittelständische Unternehmen benötigen eine besondere Form von Unterstützung bei ' +
  'den durch Digitalisierung und der weiteren Verbreitung von Künstlicher Intelligenz ' +
  'anstehenden Veränderungsprozessen.'
export const BOEHNING_QUOTE_STRUCTURAL_CHANGE =
  'Denn wir möchten insbesondere kleine Unternehmen mit der Aufgabe des Strukturwandels und ' +
  'ihren Qualifikationsstrategien nicht alleine lassen.'
export const BOEHNING_QUOTE =
  `${BOEHNING_QUOTE_KMU} Ich hoffe, dass durch die guten Beispiele einige Unternehmen motiviert ` +
  'werden konnten, innovative Konzepte gemeinsam mit ihren Beschäftigten auszuprobieren oder ' +
  'sich direkt an das Zukunftszentrum in ihrer Region zu wenden. ' +
  BOEHNING_QUOTE_STRUCTURAL_CHANGE

export const OPENING = `Zum Auftakt sagte Björn Böhning, Staatssekretär im BMAS: „${BOEHNING_QUOTE}“`

export const HUCHLER_TITLE =
  'Digitale Transformation durch humane Arbeit – Wie sich neue Technologien und Kompetenzen ' +
  'komplementär ergänzen können'
export const PODIUM_TITLE = 'Welche Lern- und Arbeitskultur brauchen wir?'
export const GUIDING_QUESTIONS = [
  'Welche Kompetenzen braucht es, um den sich wandelnden Anforderungen gerecht zu werden?',
  'Wie fördert man dafür eine neue Lernkultur?',
  'Wie sollten die betriebliche Personalarbeit und Weiterbildungsstrategien der Zukunft aussehen?',
]

export const EXPERT_INPUT =
  'Einen Fachimpuls lieferte Dr. Norbert Huchler (Institut für Sozialwissenschaftliche Forschung ' +
  `München) zum Thema „${HUCHLER_TITLE}“, der in eine anschließende Podiumsdiskussion zum Thema ` +
  `„${PODIUM_TITLE}“ mündete.`
export const PODIUM_QUESTIONS = `Im Mittelpunkt standen Fragestellungen wie: ${GUIDING_QUESTIONS.join(' ')}`

export const THEMATIC_PANELS =
  'In thematischen Paneldiskussionen erhielten die Teilnehmenden zudem Einblicke in die Arbeit ' +
  'der Regionalen Zukunftszentren sowie des Hauses der Selbstständigen und des Zentrums digitale ' +
  'Arbeit.'
/** The sentence the page break split in two. */
export const POETRY_SLAM =
  'Ergänzt wurde das Programm durch kreative Unterhaltung zum Thema „Mensch oder Maschine“: Bei ' +
  'einem Poetry Slam konnte mitgeraten werden, welcher der vorgetragenen Texte von einem Menschen ' +
  'und welcher aus der „Feder“ einer Künstlichen Intelligenz (KI) stammte.'

export const BACKGROUND_HEADING = 'Hintergrund: Das ESF-Programm „Zukunftszentren“'
export const BACKGROUND_PROGRAMME =
  'Mit dem Förderprogramm im Rahmen des Europäischen Sozialfonds (ESF) „Zukunftszentren – ' +
  'Unterstützung von kleinen und mittleren Unternehmen (KMU), Beschäftigten und ' +
  'Solo-Selbstständigen bei der Entwicklung und Umsetzung innovativer Gestaltungsansätze zur ' +
  'Bewältigung der digitalen Transformation“ unterstützt das Bundesministerium für Arbeit und ' +
  'Soziales (BMAS) die Entwicklung und Erprobung innovativer Konzepte zur Weiterbildung im ' +
  'Betrieb, die auf die Stärkung digitaler Kompetenzen in Unternehmen gerichtet sind.'
export const BACKGROUND_REGIONAL_CENTRES =
  'In fünf Regionalen Zukunftszentren in den ostdeutschen Bundesländern Brandenburg, ' +
  'Mecklenburg-Vorpommern, Sachsen, Sachsen-Anhalt und Thüringen sollen Unterstützungsbedarfe ' +
  'der Regionen und Branchen identifiziert und insbesondere mit passgenauen ' +
  'Qualifizierungsangeboten zur Stärkung der Selbstlern- und Gestaltungskompetenz der KMU und ' +
  'Beschäftigten in den Transformationsprozessen beantwortet werden.'
export const BACKGROUND_LEARNING =
  'Die intensive Beratung und Erprobung neuer betrieblicher Lehr- und Lernkonzepte schafft die ' +
  'Basis, um den Wandel der Arbeitswelt nicht nur meistern, sondern aktiv mitgestalten zu können.'
export const BACKGROUND_ZDA =
  'Das übergeordnete Zentrum digitale Arbeit im Programm „Zukunftszentren“ generiert, bündelt ' +
  'und transferiert als Think Tank übergreifendes Forschungs- und Erfahrungswissen zum digitalen ' +
  'und demografischen Wandel des Arbeitsmarkts für eine „lernende Arbeitspolitik“.'
export const BACKGROUND_HDS =
  'Das Haus der Selbstständigen stellt Informationen zur Gründung von Interessenvertretungen und ' +
  'zu selbstregulierenden Verfahren bereit, um die Vergütung, Arbeitsbedingungen und soziale ' +
  'Sicherung von Solo-Selbstständigen und Plattformbeschäftigten zu verbessern.'

/** Printed twice in the source (once wedged into the page break); kept once. */
export const FUNDING_NOTICE =
  'Das Projekt „Zentrum digitale Arbeit“ wird im Rahmen des Programms „Zukunftszentren“ durch ' +
  'das Bundesministerium für Arbeit und Soziales und den Europäischen Sozialfonds gefördert ' +
  'sowie ergänzend durch den Freistaat Sachsen, vertreten durch das Sächsische ' +
  'Staatsministerium für Wirtschaft, Arbeit und Verkehr, kofinanziert.'

export const FIGURE_CREDIT = '© Zentrum digitale Arbeit / ARBEIT UND LEBEN Sachsen'
export const FIGURE_1_CAPTION =
  'Staatssekretär Björn Böhning im Gespräch mit Moderatorin Dr. Julia Kropf bei der 2. ' +
  'Arbeitspolitischen Jahrestagung im Programm „Zukunftszentren“, die heute virtuell stattfindet.'
export const FIGURE_2_CAPTION =
  'Staatssekretär Björn Böhning sprach zur Eröffnung der 2. Arbeitspolitischen Jahrestagung im ' +
  'Programm „Zukunftszentren“, die heute virtuell stattfindet.'

export const CONTACT_EMAIL = 'zentrum-digitale-arbeit@arbeitundleben.eu'

/** Sperrfrist 22.06., 15:00 Uhr Europe/Berlin (CEST) = 13:00 UTC; the year (2021) is inferred. */
export const EMBARGO_UNTIL = '2021-06-22T13:00:00.000Z'
/**
 * When the conference's publications went public: the release when its embargo lifted; the
 * source says nothing about the others, so they share that date (it sorts them and gives them
 * their year in search, which "now" would get wrong).
 */
export const PUBLISHED_AT = EMBARGO_UNTIL

/**
 * The release's text in order, from the lead to the background. Not included: the figures, the
 * contact and the funding notice (fields of their own) and the two sentences that only pointed
 * to links missing from the source („Weitere Informationen … finden Sie hier“, „Medien-Seite“).
 */
export const PRESS_RELEASE_PARAGRAPHS = [
  INTRO,
  MOTTO_PARAGRAPH,
  `${PARTICIPATION} ${CENTRAL_THEMES}`,
  OPENING,
  `${EXPERT_INPUT} ${PODIUM_QUESTIONS}`,
  `${THEMATIC_PANELS} ${POETRY_SLAM}`,
  BACKGROUND_HEADING,
  BACKGROUND_PROGRAMME,
  `${BACKGROUND_REGIONAL_CENTRES} ${BACKGROUND_LEARNING}`,
  BACKGROUND_ZDA,
  BACKGROUND_HDS,
]
