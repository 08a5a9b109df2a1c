import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { datasetJsonSchemaText } from '../../../src/domain/jsonSchema.ts'

const COMMITTED = new URL('../../../data/dataset.schema.json', import.meta.url)

describe('JSON Schema of the dataset', () => {
  it('is committed in sync with the zod schema', () => {
    expect(
      readFileSync(COMMITTED, 'utf8'),
      'data/dataset.schema.json is out of date: run `npm run schema` and commit the result',
    ).toBe(datasetJsonSchemaText())
  })

  it('describes the top-level fields of a dataset', () => {
    const schema = JSON.parse(datasetJsonSchemaText()) as { required?: string[]; title?: string }
    expect(schema.title).toBe('Wijknetwerk dataset')
    expect(schema.required).toEqual(
      expect.arrayContaining([
        'format',
        'version',
        'title',
        'disclaimer',
        'sources',
        'actors',
        'cases',
      ]),
    )
  })
})
