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
import type { Messages } from './nl.ts'

/** English. Typed as the shape of the Dutch dictionary: a missing or extra key fails tsc. */
export const en: Messages = {
  screens: screens.en,
  editing: editing.en,
  facilitator: facilitator.en,
  study: study.en,
  glossary: glossary.en,
  largeNetwork: largeNetwork.en,
  analysis: analysis.en,
  export: exportArea.en,
  importer: importer.en,
  app: {
    name: 'Wijknetwerk',
    tagline: 'How roles and power shift in local collaboration',
    skipToContent: 'Skip to the network',
    loading: 'Loading the dataset…',
    disclaimer: 'Please note',
  },
  language: {
    label: 'Language',
    nl: 'Nederlands',
    en: 'English',
  },
  loadError: {
    invalidTitle: 'The dataset contains errors',
    invalidIntro: (count) =>
      count === 1
        ? '1 problem was found. Fix it in the file and reload the page.'
        : `${count} problems were found. Fix them in the file and reload the page.`,
    networkTitle: 'The dataset could not be loaded',
    networkBody: 'The server did not answer. Check the connection and try again.',
    httpBody: (status) => `The server answered with status ${status}.`,
    httpAdvice: (status) =>
      status === 404 || status === 410
        ? 'The file is not (or no longer) at this address. Check the address, or the data/ folder next to the app.'
        : status >= 500
          ? 'The server had a fault. Try again later.'
          : 'The server did not hand out the file. Check the address and the permissions on the server.',
    syntaxTitle: 'The dataset is not valid JSON',
    syntaxBody: 'The file could not be read as JSON. The browser says:',
    file: 'File',
    path: 'Location (JSON path)',
    reason: 'Reason',
    severity: { error: 'error', warning: 'warning' },
    more: (count) => `… and ${count} more ${count === 1 ? 'problem' : 'problems'}.`,
    groupRoot: 'Dataset',
    groupList: (key) => `List '${key}'`,
    groupCase: (index, id) =>
      id === undefined ? `Case ${index + 1}` : `Case ${index + 1} (${id})`,
    retry: 'Try again',
  },
  crash: {
    title: 'Something went wrong',
    body: 'This screen should not have appeared. Reload the page; the chosen case and phase are in the address and are kept.',
    reload: 'Reload the page',
    details: 'Technical details',
  },
  caseList: {
    heading: 'Cases',
    selectLabel: 'Choose a case',
    selectPlaceholder: '— Choose a case —',
    badgeHelpSummary: 'What do the labels mean?',
    welcomeSteps: [
      'Choose a case from the list.',
      'Step through the phases with the buttons below the network, or with ← and →.',
      'Click an actor to see its role, influence, motive and sources.',
    ],
    emptyTitle: 'Welcome to Wijknetwerk',
    emptyBody:
      'Each case is a collaboration in a neighbourhood. Step through its phases and see how the influence and roles of residents, organisations, market and government shift.',
  },
  provenance: {
    label: 'Provenance',
    sources: 'Sources',
    kind: {
      review: 'From the review',
      'public-source': 'Public source',
      illustrative: 'Illustrative',
    },
    explain: {
      review: 'Taken from the review of the book ‘Plekken van hoop en verandering’.',
      'public-source': 'Based on a public source, which is cited.',
      illustrative: 'Made up for teaching: not taken from the book or a source.',
    },
  },
  phase: {
    navLabel: 'Phases',
    previous: 'Previous phase',
    next: 'Next phase',
    position: (n, total) => `Phase ${n} of ${total}`,
    keysHint: 'Tip: step through the phases with ← and →.',
    name: (n) => `Phase ${n}`,
  },
  graph: {
    summary: (p) =>
      `Network of ${p.caseTitle}, phase ${p.phase}: ${p.actors} ${p.actors === 1 ? 'actor' : 'actors'}, ${p.relations} ${p.relations === 1 ? 'relation' : 'relations'}`,
    toolbarLabel: 'Network display',
    colourBy: 'Colour by',
    colourPartyType: 'Party type',
    colourWorld: 'Life or system world',
    fit: 'Fit to screen',
  },
  legend: {
    heading: 'Legend',
    partyTypes: 'Parties',
    worlds: 'Worlds',
    shapeNote: 'Shape = party type',
    relations: 'Relations',
    size: 'Size = influence in this phase',
    sizeSmall: 'little',
    sizeLarge: 'much',
    absent: 'Not active in this phase',
    directed: 'Arrow = direction',
    strength: 'Width = strength (1–3)',
  },
  actor: {
    close: 'Close details',
    partyType: 'Party type',
    world: 'World',
    roles: 'Role in this phase',
    noRoles: 'no fixed role',
    influence: 'Influence in this phase',
    influenceValue: (n) => `${n} of 8`,
    absentInPhase: 'Not active in this phase',
    perPhase: 'Influence per phase',
    perPhaseCell: (phase, influence) =>
      influence === null ? `${phase}: not active` : `${phase}: influence ${influence} of 8`,
    motive: 'Motive',
    description: 'Description',
    relations: 'Relations in this phase',
    noRelations: 'No relations in this phase.',
    direction: { out: 'to', in: 'from', both: 'with' },
    strength: (n) => `strength ${n} of 3`,
    showActor: (name) => `Show ${name}`,
    provenance: 'Provenance of this actor in the case',
    positionProvenance: 'Provenance of role and influence in this phase',
  },
  casePage: {
    summary: 'Summary',
    phases: 'Phases',
    outcome: 'Outcome',
    pitfalls: 'Pitfalls',
    lessons: 'Lessons',
    actorsInPhase: 'Actors in this phase',
    absentActors: 'Not active in this phase',
    showMoreActors: (more: number, hidden: number) =>
      `Show ${formatNumber('en', more)} more (${formatNumber('en', hidden)} not shown)`,
    theme: 'Theme',
    place: 'Place',
    setting: 'Setting',
    period: 'Period',
    current: '(current phase)',
  },
  panel: {
    tabsLabel: 'Information',
    caseTab: 'Case',
    actorTab: 'Actor',
    noActor: 'No actor chosen yet. Click an actor in the network, or pick one in the Case tab.',
  },
  notice: {
    unknownCase: (id) => `Case '${id}' does not exist`,
    unknownPhase: (id) => `Phase '${id}' does not exist in this case; showing the first phase`,
    unknownActor: (id) => `Actor '${id}' does not take part in this case`,
    unknownScreen: (id) => `View '${id}' does not exist; showing the explorer`,
    dismiss: 'Dismiss message',
  },
  vocab: {
    partyType: {
      burgers: 'Residents',
      maatschappelijk: 'Civil society organisations',
      markt: 'Market',
      overheid: 'Government',
      kennis: 'Knowledge institutions',
      professionals: 'Professionals',
    },
    world: {
      leefwereld: 'Life world',
      systeemwereld: 'System world',
    },
    role: {
      initiatiefnemer: 'initiator',
      trekker: 'driving force',
      eigenaar: 'owner',
      financier: 'funder',
      beslisser: 'decision-maker',
      facilitator: 'facilitator',
      uitvoerder: 'implementer',
      verbinder: 'connector',
      kennispartner: 'knowledge partner',
      deelnemer: 'participant',
      doelgroep: 'target group',
      tegenspeler: 'opponent',
    },
    relationType: {
      financiering: 'Funding',
      mandaat: 'Mandate',
      samenwerking: 'Collaboration',
      advies: 'Advice',
      dienstverlening: 'Service delivery',
      eigendom: 'Ownership',
      conflict: 'Conflict',
    },
    theme: {
      'zorg-in-de-wijk': 'Care in the neighbourhood',
      'ouder-worden': 'Growing older',
      armoede: 'Poverty',
      'maatschappelijk-vastgoed': 'Community real estate',
      winkelleegstand: 'Empty shops',
      'digitale-buurtpreventie': 'Digital neighbourhood watch',
      'circulaire-economie': 'Circular economy',
      opvoeden: 'Parenting',
      ontmoetingsplekken: 'Meeting places',
      gebiedsontwikkeling: 'Area development',
    },
    setting: {
      urban: 'urban',
      suburban: 'suburban',
      rural: 'rural',
    },
  },
}
