import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { importFiles, type ImportResult } from '../../../src/domain/io/import/index.ts'
import { MAX_IMPORT_BYTES } from '../../../src/domain/io/import/types.ts'
import { parseDataset } from '../../../src/domain/validate.ts'
import { makeXlsx } from './xlsx.ts'

const only = (result: ImportResult) =>
  result.issues.map((i) => `${i.kind}/${i.severity}: ${i.message}`)

describe('hostile and broken input gets a message, never a crash', () => {
  it('refuses a 50 MB file with its size', async () => {
    const big = new Uint8Array(50 * 1024 * 1024).fill(65)
    const result = await importFiles([{ name: 'huge.csv', data: big }])
    expect(result.dataset).toBeNull()
    expect(only(result)).toEqual([
      `file/error: the file is 50.0 MB; files up to ${String(MAX_IMPORT_BYTES / 1048576)} MB can be imported`,
    ])
  })

  it('refuses a binary file', async () => {
    const result = await importFiles([
      { name: 'photo.csv', data: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]) },
    ])
    expect(result.dataset).toBeNull()
    expect(result.issues[0]).toMatchObject({
      kind: 'encoding',
      severity: 'error',
      file: 'photo.csv',
    })
    expect(result.issues[0]?.message).toMatch(/binary data/)
  })

  it('reads Latin-1 text as windows-1252 and warns', async () => {
    const latin1 = Uint8Array.from(
      [...'id;label\ncafe;Caf', '\u00e9', ' de Buurt\n']
        .join('')
        .split('')
        .map((c) => c.charCodeAt(0)),
    )
    const result = await importFiles([
      { name: 'actors.csv', data: latin1 },
      { name: 'relations.csv', data: 'from,to\n' },
    ])
    expect(result.dataset?.actors[0]?.label).toBe('Café de Buurt')
    expect(result.issues).toContainEqual(
      expect.objectContaining({ kind: 'encoding', severity: 'warning', file: 'actors.csv' }),
    )
  })

  it('reports a truncated XML file with its line', async () => {
    const text = readFileSync(
      fileURLToPath(new URL('../../fixtures/import/krackhardt-kite.gexf', import.meta.url)),
      'utf8',
    )
    const result = await importFiles([{ name: 'cut.gexf', data: text.slice(0, 900) }])
    expect(result.dataset).toBeNull()
    expect(result.issues[0]).toMatchObject({ kind: 'syntax', severity: 'error', file: 'cut.gexf' })
    expect(result.issues[0]?.message).toMatch(/^not well-formed XML \(is the file cut off\?\)/)
  })

  it('refuses an entity bomb without expanding it', async () => {
    const lol = Array.from(
      { length: 9 },
      (_, i) => `<!ENTITY lol${String(i + 1)} "${`&lol${String(i)};`.repeat(10)}">`,
    ).join('')
    const bomb = `<?xml version="1.0"?><!DOCTYPE gexf [<!ENTITY lol0 "lol">${lol}]><gexf><graph><nodes><node id="a" label="&lol9;"/></nodes></graph></gexf>`
    const result = await importFiles([{ name: 'bomb.gexf', data: bomb }])
    expect(result.dataset).toBeNull()
    expect(result.issues).toEqual([
      expect.objectContaining({ kind: 'unsafe', severity: 'error', line: 1 }),
    ])
    expect(result.issues[0]?.message).toMatch(/declares <!DOCTYPE>/)
  })

  it('refuses external entities', async () => {
    const xxe =
      '<?xml version="1.0"?>\n<!DOCTYPE graphml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<graphml><graph><node id="&xxe;"/></graph></graphml>'
    const result = await importFiles([{ name: 'xxe.graphml', data: xxe }])
    expect(result.dataset).toBeNull()
    expect(result.issues[0]).toMatchObject({ kind: 'unsafe', line: 2 })
    expect(JSON.stringify(result)).not.toContain('root:')
  })

  it('treats __proto__, constructor and prototype as plain ids and column names', async () => {
    const result = await importFiles([
      {
        name: 'actors.csv',
        data: 'id,label,__proto__,constructor\n__proto__,Proto,x,y\nconstructor,Constructor,x,y\nprototype,Prototype,x,y\n',
      },
      {
        name: 'relations.csv',
        data: 'from,to,type,strength\n__proto__,constructor,constructor,__proto__\n',
      },
    ])
    expect(result.dataset?.actors.map((a) => a.id)).toEqual(['proto', 'constructor', 'prototype'])
    expect(result.dataset?.cases[0]?.relations[0]).toMatchObject({
      source: 'proto',
      target: 'constructor',
      type: 'samenwerking',
      strength: 1,
    })
    const gexf = await importFiles([
      {
        name: 'p.gexf',
        data: '<gexf><graph><attributes class="node"><attribute id="__proto__" title="constructor"/></attributes><nodes><node id="__proto__" label="x"><attvalues><attvalue for="__proto__" value="polluted"/></attvalues></node></nodes></graph></gexf>',
      },
    ])
    expect(gexf.dataset?.actors[0]?.id).toBe('proto')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('x')
    expect(typeof ({} as { constructor: unknown }).constructor).toBe('function')
  })

  it('refuses an XML attribute named __proto__ with a message', async () => {
    const result = await importFiles([
      { name: 'p.graphml', data: '<graphml><graph><node id="a" __proto__="x"/></graph></graphml>' },
    ])
    expect(result.dataset).toBeNull()
    expect(result.issues[0]).toMatchObject({ kind: 'unsafe' })
  })

  it('says so when a JSON file is not the app format', async () => {
    expect(only(await importFiles([{ name: 'x.json', data: '{"nodes":[]}' }]))).toEqual([
      'file/error: not a Wijknetwerk file: "format" must be "wijknetwerk-dataset"',
    ])
    expect(only(await importFiles([{ name: 'x.json', data: '{"format": ' }]))[0]).toMatch(
      /^syntax\/error: not valid JSON/,
    )
  })
})

describe('the app JSON and its versions', () => {
  it('migrates a version-0 file and says so', async () => {
    const data = new Uint8Array(
      readFileSync(
        fileURLToPath(new URL('../../fixtures/import/app/version-0.json', import.meta.url)),
      ),
    )
    const result = await importFiles([{ name: 'version-0.json', data }])
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        kind: 'migration',
        severity: 'warning',
        message: 'an older file (version 0) was updated to version 1',
      }),
    )
    expect(result.dataset?.version).toBe(1)
    expect(result.dataset?.actors[0]?.partyType).toBe('burgers')
    expect(parseDataset(result.dataset).ok).toBe(true)
  })

  it('refuses a file from a newer version', async () => {
    const result = await importFiles([
      { name: 'new.json', data: '{"format":"wijknetwerk-dataset","version":7}' },
    ])
    expect(only(result)).toEqual([
      'migration/error: version 7 is newer than this app reads (1): update the app',
    ])
  })

  it('reports schema problems of the app JSON with their JSON path', async () => {
    const result = await importFiles([
      {
        name: 'bad.json',
        data: '{"format":"wijknetwerk-dataset","version":1,"title":"t","disclaimer":"d","sources":[],"actors":[],"cases":"nee"}',
      },
    ])
    expect(result.issues).toContainEqual(
      expect.objectContaining({ kind: 'schema', severity: 'error', element: '$.cases' }),
    )
  })
})

describe('Excel workbooks', () => {
  it('reads sheets named like the CSV files, Dutch names and any case', async () => {
    const data = makeXlsx({
      Actoren: [
        ['ID', 'Label', 'Type'],
        ['a', 'Buurtvereniging', 'burgers'],
        ['b', '=SUM(A1:A3)', 'overheid'],
      ],
      RELATIES: [
        ['From', 'To', 'Type'],
        ['a', 'b', 'samenwerking'],
      ],
      Notities: [['x']],
    })
    const result = await importFiles([{ name: 'netwerk.xlsx', data }])
    expect(result.dataset?.actors.map((a) => [a.id, a.label, a.partyType])).toEqual([
      ['a', 'Buurtvereniging', 'burgers'],
      ['b', '=SUM(A1:A3)', 'overheid'],
    ])
    expect(result.dataset?.cases[0]?.relations).toHaveLength(1)
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        kind: 'file',
        severity: 'warning',
        file: 'netwerk.xlsx › Notities',
      }),
    )
  })

  it('reports a file that is not a workbook', async () => {
    const result = await importFiles([
      { name: 'kapot.xlsx', data: new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]) },
    ])
    expect(result.dataset).toBeNull()
    expect(result.issues[0]?.message).toMatch(/^not a readable Excel workbook/)
  })
})
