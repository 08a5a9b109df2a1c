import { useId } from 'react'
import { useT } from '../../i18n/index.ts'
import {
  type ColourMode,
  selectColourMode,
  selectSetColourMode,
  useGraphOptionsStore,
} from '../../state/graphOptionsStore.ts'

const MODES: readonly ColourMode[] = ['partyType', 'world']

/** Colour the actors by party type, or by life world against system world. */
export function ColourModeSwitch() {
  const t = useT()
  const name = useId()
  const colourMode = useGraphOptionsStore(selectColourMode)
  const setColourMode = useGraphOptionsStore(selectSetColourMode)
  const labels: Record<ColourMode, string> = {
    partyType: t.graph.colourPartyType,
    world: t.graph.colourWorld,
  }
  return (
    <fieldset className="colour-mode">
      <legend className="colour-mode__legend">{t.graph.colourBy}</legend>
      {MODES.map((mode) => (
        <label key={mode} className="colour-mode__choice">
          <input
            type="radio"
            name={name}
            value={mode}
            checked={colourMode === mode}
            onChange={() => setColourMode(mode)}
          />
          {labels[mode]}
        </label>
      ))}
    </fieldset>
  )
}
