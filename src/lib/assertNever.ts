/** Ends an exhaustive switch: TypeScript reports a missing case at compile time. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`)
}
