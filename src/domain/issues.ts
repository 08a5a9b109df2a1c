/** A problem found in input data: where it is (a JSON path such as `$.cases[2].phases[0].id`) and why. */
export interface DataIssue {
  path: string
  message: string
  severity: 'error' | 'warning'
}

/** Formats a path of keys and indexes as `$.cases[2].phases[0]`. */
export function jsonPath(keys: readonly PropertyKey[]): string {
  return keys.reduce<string>(
    (out, key) =>
      typeof key === 'number'
        ? `${out}[${key}]`
        : /^[A-Za-z_$][\w$]*$/.test(String(key))
          ? `${out}.${String(key)}`
          : `${out}[${JSON.stringify(String(key))}]`,
    '$',
  )
}

export function formatIssue(issue: DataIssue): string {
  return `${issue.path}: ${issue.message}`
}
