/** A file-name part: lower case, a–z, 0–9 and hyphens (ids already are; titles may not be). */
export function fileSlug(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return slug || 'export'
}

/**
 * `<case>-<phase>.<ext>`, the name of every exported figure of one phase. Phase ids that repeat
 * their case id (`jan-eef-2` in case `jan-eef`) are not repeated: `jan-eef-2.png`.
 */
export function figureFileName(caseId: string, phaseId: string, ext: string): string {
  const phase = phaseId.startsWith(`${caseId}-`) ? phaseId.slice(caseId.length + 1) : phaseId
  return `${fileSlug(caseId)}-${fileSlug(phase)}.${ext}`
}
