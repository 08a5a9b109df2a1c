import { useState } from 'react'

interface CommitInputProps {
  value: string
  label: string
  onCommit: (value: string) => void
  className?: string
}

/**
 * A text field that changes the data once, when the user is done: on Enter or on leaving the
 * field (one undo step per rename, not one per key). Escape puts the old text back.
 */
export function CommitInput({ value, label, onCommit, className }: CommitInputProps) {
  const [draft, setDraft] = useState<string | null>(null)
  const commit = () => {
    if (draft !== null && draft !== value) onCommit(draft)
    setDraft(null)
  }
  return (
    <input
      className={className}
      aria-label={label}
      value={draft ?? value}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit()
        if (event.key === 'Escape') setDraft(null)
      }}
    />
  )
}
