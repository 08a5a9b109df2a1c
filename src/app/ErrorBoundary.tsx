import { Component, type ErrorInfo, type ReactNode } from 'react'
import { CrashScreen } from './CrashScreen.tsx'

interface ErrorBoundaryState {
  error: Error | null
}

/** Never a blank page: an unexpected render error shows a screen with a way back. */
export class ErrorBoundary extends Component<{ children: ReactNode }, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null }

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept in the console for whoever debugs; the screen itself stays plain.
    console.error(error, info.componentStack)
  }

  override render() {
    return this.state.error ? <CrashScreen error={this.state.error} /> : this.props.children
  }
}
