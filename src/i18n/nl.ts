import type {
  PartyType,
  ProvenanceKind,
  RelationType,
  Role,
  Setting,
  Theme,
  World,
} from '../domain/vocabulary.ts'
import { formatNumber } from './format.ts'
import * as analysis from './areas/analysis.ts'
import * as editing from './areas/editing.ts'
import * as exportArea from './areas/export.ts'
import * as facilitator from './areas/facilitator.ts'
import * as glossary from './areas/glossary.ts'
import * as importer from './areas/importer.ts'
import * as largeNetwork from './areas/largeNetwork.ts'
import * as screens from './areas/screens.ts'
import * as study from './areas/study.ts'

/**
 * Dutch, the default language. The English dictionary is typed as `Messages` (the shape of
 * this object), so a key missing in either language fails the type check.
 */
export const nl = {
  // Area dictionaries, one file each under ./areas/ (register new areas here and in en.ts).
  screens: screens.nl,
  editing: editing.nl,
  facilitator: facilitator.nl,
  study: study.nl,
  glossary: glossary.nl,
  largeNetwork: largeNetwork.nl,
  analysis: analysis.nl,
  export: exportArea.nl,
  importer: importer.nl,
  app: {
    name: 'Wijknetwerk',
    tagline: 'Hoe rollen en macht verschuiven in lokale samenwerking',
    skipToContent: 'Naar het netwerk',
    loading: 'Dataset laden…',
    disclaimer: 'Let op',
  },
  language: {
    label: 'Taal',
    nl: 'Nederlands',
    en: 'English',
  },
  loadError: {
    invalidTitle: 'De dataset bevat fouten',
    invalidIntro: (count: number) =>
      count === 1
        ? 'Er is 1 probleem gevonden. Herstel het in het bestand en laad de pagina opnieuw.'
        : `Er zijn ${count} problemen gevonden. Herstel ze in het bestand en laad de pagina opnieuw.`,
    networkTitle: 'De dataset kon niet worden geladen',
    networkBody:
      'Er kwam geen antwoord van de server. Controleer de verbinding en probeer het opnieuw.',
    httpBody: (status: number) => `De server antwoordde met status ${status}.`,
    httpAdvice: (status: number): string =>
      status === 404 || status === 410
        ? 'Het bestand staat niet (meer) op dit adres. Controleer het adres of de map data/ naast de app.'
        : status >= 500
          ? 'De server had een storing. Probeer het later opnieuw.'
          : 'De server gaf het bestand niet vrij. Controleer het adres en de rechten op de server.',
    syntaxTitle: 'De dataset is geen geldige JSON',
    syntaxBody: 'Het bestand kon niet als JSON worden gelezen. De melding van de browser:',
    file: 'Bestand',
    path: 'Plaats (JSON-pad)',
    reason: 'Reden',
    severity: { error: 'fout', warning: 'waarschuwing' },
    more: (count: number) => `… en nog ${count} ${count === 1 ? 'probleem' : 'problemen'}.`,
    groupRoot: 'Dataset',
    groupList: (key: string) => `Lijst '${key}'`,
    groupCase: (index: number, id: string | undefined) =>
      id === undefined ? `Casus ${index + 1}` : `Casus ${index + 1} (${id})`,
    retry: 'Opnieuw proberen',
  },
  crash: {
    title: 'Er ging iets mis',
    body: 'Dit scherm had niet mogen verschijnen. Herlaad de pagina; de gekozen casus en fase staan in het adres en blijven bewaard.',
    reload: 'Pagina herladen',
    details: 'Technische details',
  },
  caseList: {
    heading: 'Casussen',
    selectLabel: 'Kies een casus',
    selectPlaceholder: '— Kies een casus —',
    badgeHelpSummary: 'Wat betekenen de labels?',
    welcomeSteps: [
      'Kies een casus uit de lijst.',
      'Stap door de fasen met de knoppen onder het netwerk, of met ← en →.',
      'Klik op een actor voor zijn rol, invloed, drijfveer en bronnen.',
    ],
    emptyTitle: 'Welkom bij Wijknetwerk',
    emptyBody:
      'Elke casus is een samenwerking in een wijk. Stap door de fasen en zie hoe de invloed en de rollen van bewoners, organisaties, markt en overheid verschuiven.',
  },
  provenance: {
    label: 'Herkomst',
    sources: 'Bronnen',
    kind: {
      review: 'Uit de recensie',
      'public-source': 'Openbare bron',
      illustrative: 'Illustratief',
    } satisfies Record<ProvenanceKind, string>,
    explain: {
      review: 'Ontleend aan de recensie van het boek ‘Plekken van hoop en verandering’.',
      'public-source': 'Gebaseerd op een openbare bron; de bron staat erbij.',
      illustrative: 'Bedacht om mee te leren: niet uit het boek of een bron overgenomen.',
    } satisfies Record<ProvenanceKind, string>,
  },
  phase: {
    navLabel: 'Fasen',
    previous: 'Vorige fase',
    next: 'Volgende fase',
    position: (n: number, total: number) => `Fase ${n} van ${total}`,
    keysHint: 'Tip: stap met ← en → door de fasen.',
    name: (n: number) => `Fase ${n}`,
  },
  graph: {
    summary: (p: { caseTitle: string; phase: string; actors: number; relations: number }) =>
      `Netwerk van ${p.caseTitle}, fase ${p.phase}: ${p.actors} ${p.actors === 1 ? 'actor' : 'actoren'}, ${p.relations} ${p.relations === 1 ? 'relatie' : 'relaties'}`,
    toolbarLabel: 'Weergave van het netwerk',
    colourBy: 'Kleur naar',
    colourPartyType: 'Partijtype',
    colourWorld: 'Leef- of systeemwereld',
    fit: 'Passend maken',
  },
  legend: {
    heading: 'Legenda',
    partyTypes: 'Partijen',
    worlds: 'Werelden',
    shapeNote: 'Vorm = partijtype',
    relations: 'Relaties',
    size: 'Grootte = invloed in deze fase',
    sizeSmall: 'weinig',
    sizeLarge: 'veel',
    absent: 'Niet actief in deze fase',
    directed: 'Pijl = richting',
    strength: 'Dikte = sterkte (1–3)',
  },
  actor: {
    close: 'Details sluiten',
    partyType: 'Partijtype',
    world: 'Wereld',
    roles: 'Rol in deze fase',
    noRoles: 'geen vaste rol',
    influence: 'Invloed in deze fase',
    influenceValue: (n: number) => `${n} van 8`,
    absentInPhase: 'Niet actief in deze fase',
    perPhase: 'Invloed per fase',
    perPhaseCell: (phase: string, influence: number | null) =>
      influence === null ? `${phase}: niet actief` : `${phase}: invloed ${influence} van 8`,
    motive: 'Drijfveer',
    description: 'Beschrijving',
    relations: 'Relaties in deze fase',
    noRelations: 'Geen relaties in deze fase.',
    direction: { out: 'naar', in: 'van', both: 'met' },
    strength: (n: number) => `sterkte ${n} van 3`,
    showActor: (name: string) => `Toon ${name}`,
    provenance: 'Herkomst van deze actor in de casus',
    positionProvenance: 'Herkomst van rol en invloed in deze fase',
  },
  casePage: {
    summary: 'Samenvatting',
    phases: 'Fasen',
    outcome: 'Uitkomst',
    pitfalls: 'Valkuilen',
    lessons: 'Lessen',
    actorsInPhase: 'Actoren in deze fase',
    absentActors: 'Niet actief in deze fase',
    showMoreActors: (more: number, hidden: number) =>
      `Toon er nog ${formatNumber('nl', more)} (${formatNumber('nl', hidden)} niet getoond)`,
    theme: 'Thema',
    place: 'Plaats',
    setting: 'Omgeving',
    period: 'Periode',
    current: '(huidige fase)',
  },
  panel: {
    tabsLabel: 'Informatie',
    caseTab: 'Casus',
    actorTab: 'Actor',
    noActor:
      'Nog geen actor gekozen. Klik op een actor in het netwerk, of kies er een in het tabblad Casus.',
  },
  notice: {
    unknownCase: (id: string) => `Casus '${id}' bestaat niet`,
    unknownPhase: (id: string) =>
      `Fase '${id}' bestaat niet in deze casus; de eerste fase wordt getoond`,
    unknownActor: (id: string) => `Actor '${id}' komt niet voor in deze casus`,
    unknownScreen: (id: string) => `Weergave '${id}' bestaat niet; de verkenner wordt getoond`,
    dismiss: 'Melding sluiten',
  },
  vocab: {
    partyType: {
      burgers: 'Burgers',
      maatschappelijk: 'Maatschappelijke organisaties',
      markt: 'Markt',
      overheid: 'Overheid',
      kennis: 'Kennisinstellingen',
      professionals: 'Professionals',
    } satisfies Record<PartyType, string>,
    world: {
      leefwereld: 'Leefwereld',
      systeemwereld: 'Systeemwereld',
    } satisfies Record<World, string>,
    role: {
      initiatiefnemer: 'initiatiefnemer',
      trekker: 'trekker',
      eigenaar: 'eigenaar',
      financier: 'financier',
      beslisser: 'beslisser',
      facilitator: 'facilitator',
      uitvoerder: 'uitvoerder',
      verbinder: 'verbinder',
      kennispartner: 'kennispartner',
      deelnemer: 'deelnemer',
      doelgroep: 'doelgroep',
      tegenspeler: 'tegenspeler',
    } satisfies Record<Role, string>,
    relationType: {
      financiering: 'Financiering',
      mandaat: 'Mandaat',
      samenwerking: 'Samenwerking',
      advies: 'Advies',
      dienstverlening: 'Dienstverlening',
      eigendom: 'Eigendom',
      conflict: 'Conflict',
    } satisfies Record<RelationType, string>,
    theme: {
      'zorg-in-de-wijk': 'Zorg in de wijk',
      'ouder-worden': 'Ouder worden',
      armoede: 'Armoede',
      'maatschappelijk-vastgoed': 'Maatschappelijk vastgoed',
      winkelleegstand: 'Winkelleegstand',
      'digitale-buurtpreventie': 'Digitale buurtpreventie',
      'circulaire-economie': 'Circulaire economie',
      opvoeden: 'Opvoeden',
      ontmoetingsplekken: 'Ontmoetingsplekken',
      gebiedsontwikkeling: 'Gebiedsontwikkeling',
    } satisfies Record<Theme, string>,
    setting: {
      urban: 'stedelijk',
      suburban: 'voorstedelijk',
      rural: 'landelijk',
    } satisfies Record<Setting, string>,
  },
}

export type Messages = typeof nl
