/** Inputs that take no typing: a key pressed on a checkbox or radio button is still a command. */
const NOT_TYPED = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'color', 'file'])

/** True when a key press belongs to a text field, so global shortcuts must leave it alone. */
export function isEditableTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target instanceof HTMLInputElement && NOT_TYPED.has(target.type)) return false
  const tag = target.tagName
  if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return true
  // jsdom does not implement isContentEditable, so look at the attribute as well.
  return (
    target.isContentEditable === true ||
    target.closest('[contenteditable]:not([contenteditable="false"])') !== null
  )
}
