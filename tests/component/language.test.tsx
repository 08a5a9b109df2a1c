import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { DICTIONARIES } from '../../src/i18n/index.ts'
import { en } from '../../src/i18n/en.ts'
import { nl } from '../../src/i18n/nl.ts'
import {
  PARTY_TYPES,
  PROVENANCE_KINDS,
  RELATION_TYPES,
  ROLES,
  SETTINGS,
  THEMES,
} from '../../src/domain/vocabulary.ts'
import { makeDataset } from '../builders.ts'
import { renderApp, stubDatasetFetch } from './renderApp.tsx'

function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix]
  return Object.entries(value).flatMap(([key, child]) =>
    keyPaths(child, prefix ? `${prefix}.${key}` : key),
  )
}

describe('language', () => {
  it('switches the interface to English, with the English dataset texts', async () => {
    stubDatasetFetch(makeDataset())
    const { user } = renderApp('/?case=buurthuis&phase=verkenning')
    await user.click(await screen.findByRole('button', { name: 'English' }))
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true')
    expect(document.documentElement.lang).toBe('en')
    expect(window.location.search).toContain('lang=en')
    expect(screen.getByRole('button', { name: 'Previous phase' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Phase 2: Building up' })).toBeInTheDocument()
    expect(
      screen.getByText('Residents explore together what the neighbourhood needs.'),
    ).toBeInTheDocument()
    expect(
      screen.getByRole('img', {
        name: /^Network of The community centre, phase 1 \(Exploration\): 2 actors, 1 relation$/,
      }),
    ).toBeInTheDocument()
    expect(screen.getByRole('tab', { name: 'Case' })).toBeInTheDocument()
    expect(screen.getByText('Made up for tests.')).toBeInTheDocument()
  })

  it('leaves no Dutch interface text in the stepper, legend and side panel', async () => {
    stubDatasetFetch(makeDataset())
    renderApp('/?case=buurthuis&phase=opbouw&actor=gemeente&lang=en')
    const legend = await screen.findByRole('complementary', { name: 'Legend' })
    const stepper = screen.getByRole('navigation', { name: 'Phases' })
    const panel = screen.getByRole('tabpanel')
    const dutch =
      /\b(fase|Vorige|Volgende|Legenda|Partijen|Relaties|Grootte|invloed|Drijfveer|Herkomst|sterkte|van 8|Burgers|Overheid)\b/
    for (const region of [legend, stepper, panel]) expect(region.textContent).not.toMatch(dutch)
    expect(within(panel).getByText('Less loneliness in the neighbourhood.')).toBeInTheDocument()
    expect(within(panel).getByText('funder, facilitator')).toBeInTheDocument()
    expect(within(legend).getByText('Government')).toBeInTheDocument()
  })

  it('falls back to the Dutch dataset text when a translation is missing', async () => {
    const dataset = makeDataset()
    delete dataset.cases[0]!.phases[0]!.narrativeEn
    stubDatasetFetch(dataset)
    renderApp('/?case=buurthuis&lang=en')
    expect(
      await screen.findByText('Bewoners verkennen samen wat de buurt nodig heeft.'),
    ).toBeInTheDocument()
  })

  it('has the same keys in both dictionaries and a label for every vocabulary id', () => {
    expect(keyPaths(en)).toEqual(keyPaths(nl))
    for (const messages of Object.values(DICTIONARIES)) {
      expect(Object.keys(messages.vocab.partyType)).toEqual([...PARTY_TYPES])
      expect(Object.keys(messages.vocab.role)).toEqual([...ROLES])
      expect(Object.keys(messages.vocab.relationType)).toEqual([...RELATION_TYPES])
      expect(Object.keys(messages.vocab.theme)).toEqual([...THEMES])
      expect(Object.keys(messages.vocab.setting)).toEqual([...SETTINGS])
      expect(Object.keys(messages.provenance.kind)).toEqual([...PROVENANCE_KINDS])
      expect(Object.keys(messages.vocab.world)).toEqual(['leefwereld', 'systeemwereld'])
    }
  })
})
