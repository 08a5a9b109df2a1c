import { useT } from '../i18n/index.ts'

export function CrashScreen({ error }: { error: Error }) {
  const t = useT()
  return (
    <section className="status-screen status-screen--error" role="alert">
      <h2>{t.crash.title}</h2>
      <p>{t.crash.body}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t.crash.reload}
      </button>
      <details>
        <summary>{t.crash.details}</summary>
        <pre className="status-screen__message">{error.message}</pre>
      </details>
    </section>
  )
}
