import { existsSync, readdirSync } from 'node:fs'
import js from '@eslint/js'
import { defineConfig, globalIgnores } from 'eslint/config'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/*
 * Import boundaries keep the architecture true without review effort:
 *   app → features → hooks → state / queries / graph → domain → lib
 * `no-restricted-imports` takes one option object per file, and a later block replaces an
 * earlier one instead of merging, so every block below lists all bans that apply to it.
 * Relative imports are matched by depth (`../` × depth) so that a sub-folder of the domain
 * that happens to be called `graph` or `state` is not mistaken for the top-level folder.
 */

const SOURCE = '{ts,tsx}'
const MAX_DEPTH = 6

/** Cytoscape and its extensions belong to src/graph alone. */
const CYTOSCAPE = {
  paths: [
    { name: 'cytoscape', message: 'Only src/graph talks to Cytoscape; use the graph handle.' },
    { name: 'react-cytoscapejs', message: 'Only src/graph renders Cytoscape.' },
  ],
  patterns: [
    { regex: '^cytoscape-', message: 'Cytoscape extensions are registered in src/graph only.' },
  ],
}

/** What the pure domain may not depend on: UI, state, rendering and data fetching. */
const UI_PACKAGES = {
  paths: ['react', 'react-dom', 'zustand'].map((name) => ({
    name,
    message: 'src/domain is pure TypeScript: it runs in Node, tests and workers.',
  })),
  patterns: [
    {
      regex: '^(react|react-dom|zustand)/',
      message: 'src/domain is pure TypeScript: it runs in Node, tests and workers.',
    },
    { regex: '^@tanstack/', message: 'Data fetching lives in src/queries, not in src/domain.' },
  ],
}

const LAYERS_ABOVE_DOMAIN = [
  'app',
  'features',
  'components',
  'hooks',
  'queries',
  'state',
  'graph',
  'i18n',
]

function restrict(...groups) {
  return [
    'error',
    {
      paths: groups.flatMap((group) => group.paths ?? []),
      patterns: groups.flatMap((group) => group.patterns ?? []),
    },
  ]
}

/** Files exactly `depth` folders below `root`, e.g. src/domain/metrics/x.ts is depth 1 below src/domain. */
function filesAtDepth(root, depth) {
  return [`${root}/${'*/'.repeat(depth)}*.${SOURCE}`]
}

/** Blocks that keep src/domain from importing the layers above it, one block per depth. */
function domainBlocks() {
  return Array.from({ length: MAX_DEPTH }, (_, depth) => {
    const up = '\\.\\./'.repeat(depth + 1)
    return {
      files: filesAtDepth('src/domain', depth),
      rules: {
        'no-restricted-imports': restrict(CYTOSCAPE, UI_PACKAGES, {
          patterns: [
            {
              regex: `^${up}(${LAYERS_ABOVE_DOMAIN.join('|')})(/|$)`,
              message: 'src/domain may not import from the layers above it.',
            },
          ],
        }),
      },
    }
  })
}

/**
 * Blocks that keep each feature folder from importing another feature. Feature folders are
 * read when the config loads, so a new feature is covered without editing this file.
 */
function featureBlocks() {
  const root = 'src/features'
  const features = existsSync(root)
    ? readdirSync(root, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
    : []
  return features.flatMap((feature) =>
    Array.from({ length: MAX_DEPTH }, (_, depth) => {
      const own = feature.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      const toFeatures = '\\.\\./'.repeat(depth + 1)
      const toSrc = '\\.\\./'.repeat(depth + 2)
      const message = `A feature never imports another feature; move shared code to src/components, src/hooks or src/state (in src/features/${feature}).`
      return {
        files: filesAtDepth(`${root}/${feature}`, depth),
        rules: {
          'no-restricted-imports': restrict(CYTOSCAPE, {
            patterns: [
              { regex: `^${toFeatures}(?!\\.\\.(/|$))(?!${own}(/|$))[^/]+`, message },
              { regex: `^${toSrc}features/(?!${own}(/|$))`, message },
            ],
          }),
        },
      }
    }),
  )
}

export default defineConfig([
  globalIgnores(['dist', 'reports', 'node_modules', 'coverage', 'test-output']),

  js.configs.recommended,
  tseslint.configs.recommended,

  {
    files: [`**/*.{ts,tsx,mts,cts}`],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    rules: {
      'no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },

  // Where code runs decides which globals exist.
  {
    files: [`src/**/*.${SOURCE}`],
    languageOptions: { globals: globals.browser },
  },
  {
    files: [`tests/**/*.${SOURCE}`],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['scripts/**', '.ci/**', '*.config.{js,ts,mjs}'],
    languageOptions: { globals: globals.node },
  },

  // Hooks live in components (.tsx) and in `use…` modules.
  {
    files: ['**/*.tsx', 'src/**/use*.ts'],
    ...reactHooks.configs.flat.recommended,
  },

  {
    files: ['**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message:
            'Dataset and user text is rendered as text; dangerouslySetInnerHTML would let a file inject markup.',
        },
      ],
    },
  },

  // Import boundaries (see the note at the top).
  {
    files: [`src/**/*.${SOURCE}`],
    ignores: [`src/graph/**`],
    rules: { 'no-restricted-imports': restrict(CYTOSCAPE) },
  },
  ...domainBlocks(),
  ...featureBlocks(),
])
