/**
 * The large-network view and loading a network from an address (`?data=`). An area
 * dictionary: `nl` gives the shape, `en` must match it.
 */
const nf = (locale: string) => (n: number) => n.toLocaleString(locale)
const nlNumber = nf('nl-NL')
const enNumber = nf('en-GB')

export const nl = {
  notice: (actors: number) =>
    `Groot netwerk (${nlNumber(actors)} partijen): een vereenvoudigde weergave. Namen verschijnen als je inzoomt, pijlen alleen van dichtbij; vormen en stippellijnen worden niet getekend, alleen kleuren.`,
  layoutRunning: 'Netwerk wordt geschikt…',
  layoutDone: 'Netwerk geschikt',
  edgesAfterLayout: 'De relaties verschijnen zodra het netwerk geschikt is.',
  layoutProgress: 'Voortgang van het schikken',
  layoutFailed: (message: string) => `Het netwerk kon niet worden geschikt: ${message}`,
  loadingView: 'Weergave voor grote netwerken laden…',
  refusedTitle: 'Dit adres wordt niet geladen',
  refusedBody: (url: string) =>
    `De parameter data=${url} wijst naar een andere website. De app laadt alleen bestanden van de eigen website (dezelfde herkomst); open het bestand via Importeren of zet het naast de app.`,
}

export const en: typeof nl = {
  notice: (actors: number) =>
    `Large network (${enNumber(actors)} parties): a simplified view. Names appear as you zoom in, arrows only close up; shapes and dashed lines are not drawn, only colours.`,
  layoutRunning: 'Arranging the network…',
  layoutDone: 'Network arranged',
  edgesAfterLayout: 'The relations appear once the network is arranged.',
  layoutProgress: 'Progress of the arrangement',
  layoutFailed: (message: string) => `The network could not be arranged: ${message}`,
  loadingView: 'Loading the view for large networks…',
  refusedTitle: 'This address is not loaded',
  refusedBody: (url: string) =>
    `The parameter data=${url} points to another website. The app only loads files from its own website (the same origin); open the file through Import or put it next to the app.`,
}
