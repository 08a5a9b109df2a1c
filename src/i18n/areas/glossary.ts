import type { ConceptId } from '../../domain/glossary.ts'

/**
 * The glossary: each concept the review names, explained in the app's own words. Facts are
 * attributed to the public sources listed in src/domain/glossary.ts (CONCEPT_SOURCES).
 */
interface Concept {
  term: string
  /** Other words it is found by in the search. */
  aliases: string
  explain: string
  /** Where the concept comes from, in one line; empty when only the review names it. */
  origin: string
  /** What to look for in the network. */
  lookFor: string
}

export const nl = {
  heading: 'Begrippen',
  intro:
    'De recensie van ‘Plekken van hoop en verandering’ noemt een reeks begrippen waar iedereen van gehoord heeft, maar waar je moeilijk de vinger op legt. Hier staat wat ze betekenen, in onze eigen woorden, en waar je ze in de casussen terugziet.',
  interpretation:
    'De koppelingen naar casussen en fasen zijn de interpretatie van deze app, niet die van het boek.',
  seeIn: 'Terug te zien in',
  lookFor: 'Kijk in het netwerk naar',
  origin: 'Herkomst',
  source: 'Bron',
  openPhase: (caseTitle: string, phase: string) => `${caseTitle}, ${phase}`,
  concepts: {
    burgerkracht: {
      term: 'Burgerkracht',
      aliases: 'eigen kracht zelfredzaamheid bewonerskracht',
      explain:
        'Wat bewoners samen zelf kunnen: zorg, ontmoeting of een straat organiseren met hun eigen tijd, kennis en netwerk. Het begrip wordt ook kritisch gebruikt: wie burgerkracht ‘mobiliseert’, kan ook taken afschuiven.',
      origin:
        'Uitermark en Tonkens wijzen op de keerzijde van het mobiliseren van burgerkracht (De Groene Amsterdammer).',
      lookFor:
        'bewoners (leefwereld) die groeien in invloed en de rol van trekker of eigenaar krijgen.',
    },
    'co-creatie': {
      term: 'Co-creatie',
      aliases: 'cocreatie samen maken coproductie',
      explain:
        'Partijen maken iets samen vanaf het begin, in plaats van dat één partij bedenkt en de anderen mogen reageren. Bewoners, professionals, markt en overheid zitten aan dezelfde tafel en delen de beslissingen.',
      origin: '',
      lookFor:
        'veel samenwerkingsrelaties tussen verschillende partijtypen, en invloed die gelijker verdeeld raakt.',
    },
    'doe-democratie': {
      term: 'Doe-democratie',
      aliases: 'doedemocratie zelfbeheer right to challenge uitdaagrecht',
      explain:
        'Meebeslissen door het zelf te doen: bewoners pakken een maatschappelijke opgave op in plaats van erover in te spreken. De overheid volgt en ondersteunt.',
      origin:
        'De kabinetsnota ‘De doe-democratie’ (2013) beschrijft het als een vorm van meebeslissen door zelf maatschappelijke vraagstukken op te pakken.',
      lookFor:
        'bewonersgroepen die uitvoerder of eigenaar worden van wat eerder een taak van gemeente of instelling was.',
    },
    'maatschappelijke-veerkracht': {
      term: 'Maatschappelijke veerkracht',
      aliases: 'veerkrachtige samenleving resilience',
      explain:
        'Het vermogen van een wijk om na een klap – een sluiting, een bezuiniging, een misdrijf – zelf weer overeind te komen en zich aan te passen. Volgens de recensie zijn veerkrachtige samenlevingen gebaat bij het veranderen van bestaande regels, organisaties en systemen.',
      origin: '',
      lookFor:
        'een fase waarin een vaste partij wegvalt en nieuwe verbindingen tussen bewoners ontstaan.',
    },
    participatiesamenleving: {
      term: 'Participatiesamenleving',
      aliases: 'verzorgingsstaat troonrede',
      explain:
        'Het idee dat burgers meer zelf en voor elkaar zorgen en dat de overheid minder zelf doet. Het werd een begrip toen de Troonrede van 2013 zei dat de klassieke verzorgingsstaat langzaam verandert in een participatiesamenleving.',
      origin: 'Troonrede, 17 september 2013 (Binnenlands Bestuur).',
      lookFor:
        'een gemeente die van financier en beslisser naar facilitator gaat, terwijl bewoners taken overnemen.',
    },
    'vitale-coalities': {
      term: 'Vitale coalities',
      aliases: 'coalitie samenwerkingsverband netwerk allianties',
      explain:
        'Samenwerkingsverbanden van gemeente, maatschappelijke organisaties, bewoners en ondernemers die energie losmaken en doorbraken bereiken. Platform31 raadt aan ze op drie niveaus te organiseren: bestuur, hoge ambtenaren en uitvoering.',
      origin: 'Platform31, Wijkengids: samenwerking in coalities.',
      lookFor:
        'een dicht netwerk waarin partijen van verschillende typen rechtstreeks met elkaar verbonden zijn.',
    },
    'systeemwereld-leefwereld': {
      term: 'Systeemwereld en leefwereld',
      aliases: 'systeem leefwereld habermas',
      explain:
        'Een onderscheid van de filosoof Habermas: de leefwereld van bewoners en hun netwerken tegenover de systeemwereld van organisaties, regels, geld en beleid. De recensie ziet de wijk als de plek waar die twee kunnen samenwerken; vaak schuren ze.',
      origin:
        'Habermas; in Nederland onder meer gebruikt door Jos van der Lans in ‘Eropaf!’ en door De Blauwe Wijkeconomie.',
      lookFor:
        'de kleurweergave ‘leef- of systeemwereld’: wie heeft invloed, en waar lopen conflicten?',
    },
    'geen-blauwdrukken': {
      term: 'Geen blauwdrukken',
      aliases: 'blauwdruk maatwerk recept',
      explain:
        'Een conclusie van de onderzoekers: er is geen vast recept voor een goede samenwerking. De verdeling van rollen wordt steeds opnieuw en samen bepaald, met ruimte voor discussie, botsende belangen en nieuwe kennis.',
      origin: 'Een conclusie uit het boek, zoals de recensie die citeert.',
      lookFor:
        'hoe verschillend dezelfde soort partij in de casussen optreedt (zie ‘Partij door de casussen’).',
    },
  } satisfies Record<ConceptId, Concept>,
}

export const en: typeof nl = {
  heading: 'Concepts',
  intro:
    'The review of ‘Plekken van hoop en verandering’ names a series of concepts everyone has heard of but few can pin down. Here is what they mean, in our own words, and where they show in the cases.',
  interpretation: 'The links to cases and phases are this app’s interpretation, not the book’s.',
  seeIn: 'Shows in',
  lookFor: 'Look in the network for',
  origin: 'Origin',
  source: 'Source',
  openPhase: (caseTitle, phase) => `${caseTitle}, ${phase}`,
  concepts: {
    burgerkracht: {
      term: 'Citizen power (burgerkracht)',
      aliases: 'burgerkracht own strength self-reliance residents',
      explain:
        'What residents can do together by themselves: organise care, meeting places or a shopping street with their own time, knowledge and network. The term is also used critically: whoever “mobilises” citizen power may also be passing on tasks.',
      origin:
        'Uitermark and Tonkens point to the downside of mobilising citizen power (De Groene Amsterdammer).',
      lookFor:
        'residents (life world) growing in influence and taking the role of driver or owner.',
    },
    'co-creatie': {
      term: 'Co-creation (co-creatie)',
      aliases: 'co-creatie cocreation co-production',
      explain:
        'Parties make something together from the start, instead of one party designing it and the others being allowed to respond. Residents, professionals, market and government sit at one table and share the decisions.',
      origin: '',
      lookFor:
        'many collaboration ties between different party types, and influence spread more evenly.',
    },
    'doe-democratie': {
      term: 'Do-democracy (doe-democratie)',
      aliases: 'doe-democratie self-management right to challenge',
      explain:
        'Having a say by doing it yourself: residents take up a public task instead of commenting on it. Government follows and supports.',
      origin:
        'The cabinet paper ‘De doe-democratie’ (2013) describes it as a way for citizens to co-decide by taking up social issues themselves.',
      lookFor:
        'resident groups becoming executor or owner of what used to be a task of the municipality or an institution.',
    },
    'maatschappelijke-veerkracht': {
      term: 'Social resilience (maatschappelijke veerkracht)',
      aliases: 'maatschappelijke veerkracht resilient society',
      explain:
        'The capacity of a neighbourhood to get back on its feet and adapt after a blow – a closure, a budget cut, a crime. According to the review, resilient societies benefit from changing existing rules, organisations and systems.',
      origin: '',
      lookFor:
        'a phase in which an established party drops out and new ties between residents appear.',
    },
    participatiesamenleving: {
      term: 'Participation society (participatiesamenleving)',
      aliases: 'participatiesamenleving welfare state speech from the throne',
      explain:
        'The idea that citizens take more care of themselves and each other, and government does less itself. It became a household word when the 2013 Speech from the Throne said the classic welfare state is slowly turning into a participation society.',
      origin: 'Speech from the Throne (Troonrede), 17 September 2013 (Binnenlands Bestuur).',
      lookFor:
        'a municipality moving from funder and decision-maker to facilitator while residents take over tasks.',
    },
    'vitale-coalities': {
      term: 'Vital coalitions (vitale coalities)',
      aliases: 'vitale coalities coalition partnership alliance network',
      explain:
        'Partnerships of municipality, civil-society organisations, residents and entrepreneurs that release energy and achieve breakthroughs. Platform31 advises organising them at three levels: the board, senior officials and the work floor.',
      origin: 'Platform31, Wijkengids: working in coalitions.',
      lookFor:
        'a dense network in which parties of different types are tied to each other directly.',
    },
    'systeemwereld-leefwereld': {
      term: 'System world and life world (systeemwereld en leefwereld)',
      aliases: 'systeemwereld leefwereld system lifeworld habermas',
      explain:
        'A distinction by the philosopher Habermas: the life world of residents and their networks against the system world of organisations, rules, money and policy. The review sees the neighbourhood as the place where the two can work together; often they chafe.',
      origin:
        'Habermas; in the Netherlands used by Jos van der Lans in ‘Eropaf!’ and by De Blauwe Wijkeconomie, among others.',
      lookFor:
        'the ‘life or system world’ colouring: who has influence, and where are the conflicts?',
    },
    'geen-blauwdrukken': {
      term: 'No blueprints (geen blauwdrukken)',
      aliases: 'geen blauwdrukken blueprint recipe tailor-made',
      explain:
        'A conclusion of the researchers: there is no fixed recipe for good collaboration. The division of roles is settled again and again, together, with room for debate, clashing interests and new knowledge.',
      origin: 'A conclusion of the book, as quoted in the review.',
      lookFor:
        'how differently the same kind of party acts in the cases (see ‘A party across the cases’).',
    },
  },
}
