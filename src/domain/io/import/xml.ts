import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { type ImportIssue, issue } from './types.ts'

/** An XML element with attributes in a Map (so `__proto__` is only a key) and its text. */
export interface XmlElement {
  name: string
  attrs: Map<string, string>
  children: XmlElement[]
  text: string
}

export type XmlResult = { ok: true; root: XmlElement } | { ok: false; issues: ImportIssue[] }

/**
 * Parses a GEXF or GraphML text without ever expanding entities. A document type declaration
 * is refused outright: it is how entity bombs ("billion laughs") and external entities (which
 * would read other files or URLs) get in, and neither format needs one. Namespace prefixes are
 * dropped (`viz:color` is `color`).
 */
export function parseXml(file: string, text: string): XmlResult {
  const fail = (kind: 'unsafe' | 'syntax', message: string, line?: number) => ({
    ok: false as const,
    issues: [issue(kind, 'error', file, message, line === undefined ? {} : { line })],
  })
  const doctype = /<!(DOCTYPE|ENTITY)/i.exec(text)
  if (doctype)
    return fail(
      'unsafe',
      `the file declares <!${doctype[1]?.toUpperCase() ?? 'DOCTYPE'}>: document types and entities are refused (they can expand without end or read other files)`,
      lineAt(text, doctype.index),
    )
  const valid = XMLValidator.validate(text)
  if (valid !== true)
    return fail(
      'syntax',
      `not well-formed XML (is the file cut off?): ${valid.err.msg}`,
      valid.err.line,
    )
  let tree: unknown
  try {
    tree = new XMLParser({
      preserveOrder: true,
      ignoreAttributes: false,
      attributeNamePrefix: '',
      processEntities: false,
      htmlEntities: false,
      parseTagValue: false,
      parseAttributeValue: false,
      removeNSPrefix: true,
      trimValues: true,
    }).parse(text)
  } catch (error) {
    return fail(
      'unsafe',
      `the XML cannot be read safely: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
  const roots = toElements(tree).filter((e) => !e.name.startsWith('?'))
  const root = roots[0]
  if (!root) return fail('syntax', 'the file holds no XML element')
  return { ok: true, root }
}

/** The five predefined XML entities, decoded by hand because the parser expands none. */
export function decodeEntities(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-f]+);/gi, (whole, name: string) => {
    const lower = name.toLowerCase()
    if (lower === 'lt') return '<'
    if (lower === 'gt') return '>'
    if (lower === 'quot') return '"'
    if (lower === 'apos') return "'"
    if (lower === 'amp') return '&'
    const code = lower.startsWith('#x')
      ? parseInt(lower.slice(2), 16)
      : parseInt(lower.slice(1), 10)
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff
      ? String.fromCodePoint(code)
      : whole
  })
}

function toElements(nodes: unknown): XmlElement[] {
  if (!Array.isArray(nodes)) return []
  const out: XmlElement[] = []
  for (const node of nodes as Record<string, unknown>[]) {
    const name = Object.keys(node).find((k) => k !== ':@')
    if (name === undefined || name === '#text') continue
    const attrs = new Map<string, string>()
    const rawAttrs = node[':@']
    if (rawAttrs && typeof rawAttrs === 'object')
      for (const [key, value] of Object.entries(rawAttrs))
        attrs.set(key, decodeEntities(String(value)))
    const content = node[name]
    const text = Array.isArray(content)
      ? (content as Record<string, unknown>[])
          .filter((c) => '#text' in c)
          .map((c) => decodeEntities(String(c['#text'])))
          .join('')
      : ''
    out.push({ name, attrs, children: toElements(content), text })
  }
  return out
}

export function childrenNamed(element: XmlElement | undefined, name: string): XmlElement[] {
  return element?.children.filter((c) => c.name === name) ?? []
}

export function childNamed(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((c) => c.name === name)
}

function lineAt(text: string, index: number): number {
  let line = 1
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++
  return line
}
