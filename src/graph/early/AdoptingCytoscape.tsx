import type { Core } from 'cytoscape'
import type { ComponentClass, ComponentProps, RefObject } from 'react'
import CytoscapeComponent from 'react-cytoscapejs'
import { takeEarlyGraph } from './handoff.ts'

type Props = ComponentProps<typeof CytoscapeComponent> & {
  /** The case whose early drawing (earlyGraph.ts) this canvas may take over; absent: never. */
  adoptEarlyGraphOf?: string
}

/** What react-cytoscapejs 2.0 keeps on its instances (not in its type declarations). */
interface Internals {
  _cy: Core
  containerRef: RefObject<HTMLDivElement | null>
  updateCytoscape(previous: Props | null, next: Props): void
  props: Props
}

const MOVE_MS = 240

/**
 * react-cytoscapejs' component, which on mount takes over the network drawn before the app
 * loaded (if it shows the same case) instead of creating a core: the drawn core moves into
 * this component's element, and the library's own patching brings it from what was drawn to
 * what the props ask (usually nothing to change). Everything after the mount is the library's.
 */
// The base class is declared without its internals; the cast gives them a type (Internals).
const Base = CytoscapeComponent as unknown as ComponentClass<Props>

export class AdoptingCytoscape extends Base {
  /** The adopted drawing's frame, which this component has to remove itself. */
  private adoptedFrame: HTMLElement | null = null

  override componentDidMount(): void {
    const self = this as unknown as Internals
    const caseId = self.props.adoptEarlyGraphOf
    const host = self.containerRef.current
    const early = caseId === undefined || !host ? null : takeEarlyGraph(caseId)
    if (!early || !host) {
      super.componentDidMount?.()
      return
    }
    const { frame } = early
    const before = frame.getBoundingClientRect()
    frame.classList.add('early-graph--adopted')
    for (const property of ['left', 'top', 'width', 'height']) frame.style.removeProperty(property)
    frame.removeAttribute('aria-hidden')
    host.append(frame)
    this.adoptedFrame = frame
    self._cy = early.cy
    early.cy.resize()
    glide(frame, before)
    // As if the drawn core had been created from these props with the drawn elements and
    // stylesheet: the patch then changes only what differs.
    self.updateCytoscape(
      { ...self.props, elements: early.elements, stylesheet: early.stylesheet },
      self.props,
    )
  }

  override componentWillUnmount(): void {
    super.componentWillUnmount?.()
    // React keeps its own element for a remount (StrictMode does that in development); the
    // destroyed core's frame must not stay in it beside the next core's canvas.
    this.adoptedFrame?.remove()
    this.adoptedFrame = null
  }
}

/** Moves the canvas visibly from where it was drawn to its place (skipped for reduced motion). */
function glide(frame: HTMLElement, from: DOMRect): void {
  const to = frame.getBoundingClientRect()
  if (typeof frame.animate !== 'function' || to.width === 0 || to.height === 0) return
  if (window.matchMedia?.('(prefers-reduced-motion: reduce)').matches) return
  const dx = from.left + from.width / 2 - (to.left + to.width / 2)
  const dy = from.top + from.height / 2 - (to.top + to.height / 2)
  if (Math.abs(dx) < 1 && Math.abs(dy) < 1 && Math.abs(from.width - to.width) < 1) return
  const scale = Math.min(from.width / to.width, from.height / to.height)
  frame.animate(
    [{ transform: `translate(${dx}px, ${dy}px) scale(${scale})` }, { transform: 'none' }],
    { duration: MOVE_MS, easing: 'ease-out' },
  )
}
