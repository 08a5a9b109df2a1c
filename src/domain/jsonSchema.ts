import { z } from 'zod'
import { DatasetSchema } from './schema.ts'

/** The JSON Schema of the dataset format, as committed in `data/dataset.schema.json`. */
export function datasetJsonSchemaText(): string {
  const schema = z.toJSONSchema(DatasetSchema, { target: 'draft-2020-12' })
  return `${JSON.stringify({ ...schema, title: 'Wijknetwerk dataset', $id: 'dataset.schema.json' }, null, 2)}\n`
}
