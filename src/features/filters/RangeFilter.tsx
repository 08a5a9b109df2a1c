import { useId } from 'react'

interface RangeFilterProps {
  label: string
  min: number
  max: number
  value: number
  onChange: (value: number) => void
}

/** A labelled slider with its value written next to it. */
export function RangeFilter({ label, min, max, value, onChange }: RangeFilterProps) {
  const id = useId()
  return (
    <div className="filters__range">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={1}
        value={value}
        onChange={(event) => onChange(Number(event.target.value))}
      />
      <output htmlFor={id}>{value}</output>
    </div>
  )
}
