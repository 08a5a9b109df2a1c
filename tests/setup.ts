import '@testing-library/jest-dom/vitest'
import 'vitest-canvas-mock'
import { cleanup } from '@testing-library/react'
import { afterEach, beforeEach, vi } from 'vitest'
import { useAnalysisStore } from '../src/state/analysisStore.ts'
import { useGraphOptionsStore } from '../src/state/graphOptionsStore.ts'
import { useLocaleStore } from '../src/state/localeStore.ts'
import { useNoticeStore } from '../src/state/noticeStore.ts'
import { useViewStore } from '../src/state/viewStore.ts'

// zustand stores are module singletons: every test starts from their initial state.
beforeEach(() => {
  useViewStore.setState(useViewStore.getInitialState(), true)
  useLocaleStore.setState(useLocaleStore.getInitialState(), true)
  useGraphOptionsStore.setState(useGraphOptionsStore.getInitialState(), true)
  useNoticeStore.setState(useNoticeStore.getInitialState(), true)
  useAnalysisStore.setState(useAnalysisStore.getInitialState(), true)
  window.history.replaceState(null, '', '/')
  document.documentElement.lang = 'nl'
})

// React Testing Library only cleans up by itself when `afterEach` is a global; it is not here.
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})
