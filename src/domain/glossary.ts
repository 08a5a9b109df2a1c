/**
 * The concepts the review of *Plekken van hoop en verandering* names, and where the app sees
 * them in its cases. The links are the app's own reading of the (partly illustrative) cases,
 * not the book's: the glossary screen says so. Texts live in src/i18n/areas/glossary.ts.
 */

export const CONCEPT_IDS = [
  'burgerkracht',
  'co-creatie',
  'doe-democratie',
  'maatschappelijke-veerkracht',
  'participatiesamenleving',
  'vitale-coalities',
  'systeemwereld-leefwereld',
  'geen-blauwdrukken',
] as const
export type ConceptId = (typeof CONCEPT_IDS)[number]

export function isConceptId(value: unknown): value is ConceptId {
  return typeof value === 'string' && (CONCEPT_IDS as readonly string[]).includes(value)
}

/** A place in the dataset where a concept shows: a phase of a case. */
export interface ConceptLink {
  caseId: string
  phaseId: string
}

/** Public sources a concept's explanation rests on (see the design notes' source list). */
export const CONCEPT_SOURCES: Partial<Record<ConceptId, readonly string[]>> = {
  participatiesamenleving: [
    'https://www.binnenlandsbestuur.nl/bestuur-en-organisatie/troonrede-omslag-naar-participatiesamenleving',
  ],
  'doe-democratie': ['https://5dok.net/document/yj7m9v66-nota-doe-democratie.html'],
  'vitale-coalities': [
    'https://www.platform31.nl/wijkengids/5-hoe-organiseer-je-dat/5-4-samenwerking-in-coalities',
  ],
  burgerkracht: ['https://www.groene.nl/artikel/de-overheid-een-server'],
}

const link = (caseId: string, phase: number): ConceptLink => ({
  caseId,
  phaseId: `${caseId}-${phase}`,
})

/** Where each concept shows, in the app's interpretation. */
export const CONCEPT_LINKS: Record<ConceptId, readonly ConceptLink[]> = {
  burgerkracht: [
    link('zorgvrijstaat', 4),
    link('zorgzame-buurt-den-haag', 3),
    link('jan-eef', 2),
    link('wijkacademies-opvoeden', 3),
  ],
  'co-creatie': [
    link('gebiedsontwikkeling-nieuwe-stijl', 3),
    link('de-evenaar', 3),
    link('blauwe-wijkeconomie', 3),
  ],
  'doe-democratie': [
    link('zorgzame-buurt-den-haag', 3),
    link('buurthuis-zelfbeheer', 3),
    link('whatsapp-buurtpreventie', 1),
    link('voedseltuin', 1),
  ],
  'maatschappelijke-veerkracht': [
    link('buurthuis-zelfbeheer', 2),
    link('zorgzame-buurt-den-haag', 2),
    link('jan-eef', 2),
    link('gebiedsontwikkeling-nieuwe-stijl', 2),
  ],
  participatiesamenleving: [
    link('zorgzame-buurt-den-haag', 4),
    link('buurthuis-zelfbeheer', 2),
    link('zorgvrijstaat', 2),
  ],
  'vitale-coalities': [
    link('blauwe-wijkeconomie', 2),
    link('gebiedsontwikkeling-nieuwe-stijl', 3),
    link('jan-eef', 3),
    link('voedseltuin', 3),
  ],
  'systeemwereld-leefwereld': [
    link('blauwe-wijkeconomie', 4),
    link('de-evenaar', 4),
    link('whatsapp-buurtpreventie', 4),
    link('zorgvrijstaat', 3),
  ],
  'geen-blauwdrukken': [
    link('wijkacademies-opvoeden', 4),
    link('jan-eef', 4),
    link('gebiedsontwikkeling-nieuwe-stijl', 4),
    link('voedseltuin', 4),
  ],
}
