/**
 * Writes `data/dataset.schema.json` from the zod schema, the one source of truth.
 * A test fails when the committed file differs from what this prints.
 */
import { writeFileSync } from 'node:fs'
import { datasetJsonSchemaText } from '../src/domain/jsonSchema.ts'

writeFileSync('data/dataset.schema.json', datasetJsonSchemaText())
console.log('wrote data/dataset.schema.json')
