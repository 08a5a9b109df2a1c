import { useEffect, useState } from 'react'
import { useT } from '../../i18n/index.ts'

function format(seconds: number): string {
  const m = Math.floor(seconds / 60)
  const s = seconds % 60
  return `${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`
}

/** Time since the presenter view opened (or was reset), in minutes and seconds. */
export function PresenterTimer() {
  const t = useT().facilitator.presenter
  const [start, setStart] = useState(() => Date.now())
  const [now, setNow] = useState(() => Date.now())
  useEffect(function tickEverySecond() {
    const timer = window.setInterval(() => setNow(Date.now()), 1000)
    return () => window.clearInterval(timer)
  }, [])
  const seconds = Math.max(0, Math.floor((now - start) / 1000))
  return (
    <div className="presenter__timer">
      <span>{t.timer}: </span>
      <time aria-live="off">{format(seconds)}</time>{' '}
      <button
        type="button"
        className="button button--quiet"
        onClick={() => {
          const at = Date.now()
          setStart(at)
          setNow(at)
        }}
      >
        {t.resetTimer}
      </button>
    </div>
  )
}
