export type JsonRead = { ok: true; value: unknown } | { ok: false; message: string }

/** `JSON.parse` without the throw: the value, or the parser's message (what and where it stopped). */
export function parseJson(text: string): JsonRead {
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) }
  }
}
