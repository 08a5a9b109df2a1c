import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

/**
 * Every user-visible string goes through the i18n module (src/i18n), so Dutch and English stay
 * complete. This walks the JSX of every .tsx file under src/ with the TypeScript compiler and
 * reports text nodes with letters, and string literals with letters in attributes a user or a
 * screen reader gets to see. Symbols (←, ▲, ·), numbers and punctuation are allowed, and so
 * are key names inside <kbd> (Esc, Enter): a key cap reads the same in both languages, and
 * machine syntax such as a CSV header (`id,label,type`), which is part of a file format.
 */
const SRC = 'src'
const VISIBLE_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-placeholder',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
])
const HAS_LETTER = /\p{L}/u
/** A comma-separated list of identifiers: column names of a file format, not language. */
const CSV_HEADER = /^[a-z_]+(,[a-z_]+)+$/
const isLanguage = (text: string) => HAS_LETTER.test(text) && !CSV_HEADER.test(text.trim())

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return path === join(SRC, 'i18n') ? [] : tsxFiles(path)
    return entry.name.endsWith('.tsx') ? [path] : []
  })
}

/** `file:line: text` for each hard-coded visible string in one file. */
export function findHardcodedText(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(
    fileName,
    source,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  )
  const found: string[] = []
  const report = (node: ts.Node, text: string) => {
    const { line } = file.getLineAndCharacterOfPosition(node.getStart(file))
    found.push(`${fileName}:${line + 1}: ${JSON.stringify(text.trim())}`)
  }
  const literalText = (node: ts.Node | undefined): string | null => {
    if (!node) return null
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text
    if (ts.isJsxExpression(node)) return literalText(node.expression)
    if (ts.isTemplateExpression(node))
      return node.head.text + node.templateSpans.map((s) => s.literal.text).join('')
    return null
  }
  const isKeyCap = (node: ts.JsxText) =>
    ts.isJsxElement(node.parent) && node.parent.openingElement.tagName.getText(file) === 'kbd'
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && HAS_LETTER.test(node.text) && !isKeyCap(node)) report(node, node.text)
    if (ts.isJsxAttribute(node) && VISIBLE_ATTRIBUTES.has(node.name.getText(file))) {
      const text = literalText(node.initializer)
      if (text !== null && isLanguage(text)) report(node, text)
    }
    // A string literal as a JSX child, e.g. {'Sluiten'}.
    if (ts.isJsxExpression(node) && ts.isJsxElement(node.parent)) {
      const text = literalText(node.expression)
      if (text !== null && HAS_LETTER.test(text)) report(node, text)
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return found
}

describe('no hard-coded user-visible text outside src/i18n', () => {
  it('recognises text nodes and visible attributes, and allows symbols and numbers', () => {
    const sample = [
      'const a = <p>Hallo</p>',
      'const b = <button aria-label="Sluiten">×</button>',
      "const c = <img alt={'Kaart'} />",
      'const d = <span>← {n} · ▲ 3</span>',
      'const e = <div className="graph-canvas" title={t.x} />',
      "const f = <p>{'Klaar'}</p>",
      'const g = <kbd>Esc</kbd>',
      'const h = <textarea placeholder="id,label,type" />',
    ].join('\n')
    expect(findHardcodedText('sample.tsx', sample)).toEqual([
      'sample.tsx:1: "Hallo"',
      'sample.tsx:2: "Sluiten"',
      'sample.tsx:3: "Kaart"',
      'sample.tsx:6: "Klaar"',
    ])
  })

  it('finds none in the components', () => {
    const found = tsxFiles(SRC).flatMap((path) =>
      findHardcodedText(relative('.', path), readFileSync(path, 'utf8')),
    )
    expect(found).toEqual([])
  })
})
