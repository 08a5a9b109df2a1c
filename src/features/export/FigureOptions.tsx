import type { Dispatch, SetStateAction } from 'react'
import { SIZE_PRESET_IDS, type SizePresetId, VIEW_SCALES } from '../../domain/export/presets.ts'
import type { Background } from '../../graph/export/figureSpec.ts'
import { useT } from '../../i18n/index.ts'
import type { ExportSettings, FigureFormat, ViewChoice } from './settings.ts'

const BACKGROUNDS: readonly Background[] = ['white', 'dark', 'transparent']
const VIEWS: readonly ViewChoice[] = ['current', 'whole']
const FORMATS: readonly FigureFormat[] = ['png', 'svg']

interface Props {
  settings: ExportSettings
  onChange: Dispatch<SetStateAction<ExportSettings>>
}

/** Texts, size, area, background and file type of the figure. */
export function FigureOptions({ settings, onChange }: Props) {
  const t = useT().export
  const set = (patch: Partial<ExportSettings>) => onChange((s) => ({ ...s, ...patch }))
  const size = settings.size
  return (
    <div className="export-options">
      <fieldset className="export-fieldset">
        <legend>{t.textsHeading}</legend>
        <label className="export-field">
          {t.title}
          <input value={settings.title} onChange={(e) => set({ title: e.target.value })} />
        </label>
        <label className="export-field">
          {t.subtitle}
          <input value={settings.subtitle} onChange={(e) => set({ subtitle: e.target.value })} />
        </label>
        <label className="export-field">
          {t.caption}
          <textarea
            rows={2}
            value={settings.caption}
            onChange={(e) => set({ caption: e.target.value })}
          />
        </label>
      </fieldset>
      <fieldset className="export-fieldset">
        <legend>{t.sizeHeading}</legend>
        <label className="export-choice">
          <input
            type="radio"
            name="export-size-kind"
            checked={size.kind === 'preset'}
            onChange={() => set({ size: { kind: 'preset', preset: 'slides' } })}
          />
          {t.sizeKind.preset}
        </label>
        {size.kind === 'preset' && (
          <label className="export-field export-field--inline">
            {t.presetLabel}
            <select
              value={size.preset}
              onChange={(e) =>
                set({ size: { kind: 'preset', preset: e.target.value as SizePresetId } })
              }
            >
              {SIZE_PRESET_IDS.map((id) => (
                <option key={id} value={id}>
                  {t.preset[id]}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="export-choice">
          <input
            type="radio"
            name="export-size-kind"
            checked={size.kind === 'custom'}
            onChange={() => set({ size: { kind: 'custom', ...settings.custom } })}
          />
          {t.sizeKind.custom}
        </label>
        {size.kind === 'custom' && (
          <div className="export-row">
            {(['width', 'height'] as const).map((side) => (
              <label key={side} className="export-field export-field--inline">
                {t[side]}
                <input
                  type="number"
                  min={1}
                  step={1}
                  inputMode="numeric"
                  value={Number.isFinite(size[side]) ? size[side] : ''}
                  onChange={(e) => {
                    const custom = { ...settings.custom, [side]: e.target.valueAsNumber }
                    set({ custom, size: { kind: 'custom', ...custom } })
                  }}
                />
              </label>
            ))}
          </div>
        )}
        <label className="export-choice">
          <input
            type="radio"
            name="export-size-kind"
            checked={size.kind === 'scale'}
            onChange={() => set({ size: { kind: 'scale', scale: 2 } })}
          />
          {t.sizeKind.scale}
        </label>
        {size.kind === 'scale' && (
          <label className="export-field export-field--inline">
            {t.scaleLabel}
            <select
              value={size.scale}
              onChange={(e) =>
                set({ size: { kind: 'scale', scale: Number(e.target.value) as 1 | 2 | 4 } })
              }
            >
              {VIEW_SCALES.map((n) => (
                <option key={n} value={n}>
                  {t.scaleOption(n)}
                </option>
              ))}
            </select>
          </label>
        )}
      </fieldset>
      <Choices
        legend={t.viewHeading}
        name="export-view"
        options={VIEWS}
        labels={t.view}
        value={settings.view}
        onChange={(view) => set({ view })}
      />
      <Choices
        legend={t.backgroundHeading}
        name="export-background"
        options={BACKGROUNDS}
        labels={t.background}
        value={settings.background}
        onChange={(background) => set({ background })}
      />
      <Choices
        legend={t.formatHeading}
        name="export-format"
        options={FORMATS}
        labels={{ png: 'PNG', svg: 'SVG' }}
        value={settings.format}
        onChange={(format) => set({ format })}
      />
    </div>
  )
}

function Choices<T extends string>(props: {
  legend: string
  name: string
  options: readonly T[]
  labels: Record<T, string>
  value: T
  onChange: (value: T) => void
}) {
  return (
    <fieldset className="export-fieldset export-fieldset--row">
      <legend>{props.legend}</legend>
      {props.options.map((option) => (
        <label key={option} className="export-choice">
          <input
            type="radio"
            name={props.name}
            checked={props.value === option}
            onChange={() => props.onChange(option)}
          />
          {props.labels[option]}
        </label>
      ))}
    </fieldset>
  )
}
