/**
 * Turns foreign ids ("Alice Smith", "n0", "__proto__") into the slugs the data model uses,
 * keeping them unique: the same input always gets the same slug, two inputs never share one.
 */
export class SlugMap {
  private readonly byInput = new Map<string, string>()
  private readonly used = new Set<string>()
  constructor(private readonly fallback: string) {}

  get(input: string): string | undefined {
    return this.byInput.get(input)
  }

  add(input: string): string {
    const known = this.byInput.get(input)
    if (known !== undefined) return known
    const slug = this.fresh(input)
    this.byInput.set(input, slug)
    return slug
  }

  /** A new slug from `input` that no other input has, without remembering the input. */
  fresh(input: string): string {
    const base = toSlug(input) || this.fallback
    let slug = base
    for (let n = 2; this.used.has(slug); n++) slug = `${base.slice(0, 75)}-${n}`
    this.used.add(slug)
    return slug
  }
}

export function toSlug(input: string): string {
  return input
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '')
}
