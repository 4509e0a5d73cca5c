// ESLint 9 flat config. `npm run lint` = `eslint . --max-warnings 0`.
// The architecture's boundaries (ARCHITECTURE.md) are enforced here rather than remembered:
//   shared code (components, lib, hooks, config, api, i18n, theme) -> features -> app,
//   features never import each other, src/ reaches mocks/ only from src/main.tsx,
//   mocks/ takes nothing but types (and the contract document) from src/.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { defineConfig } from 'eslint/config';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = dirname(fileURLToPath(import.meta.url));

function directoriesIn(relative) {
  try {
    return readdirSync(join(root, relative), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
}

const REACT_FILES = ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'];
const SHARED = ['src/components', 'src/lib', 'src/hooks', 'src/config', 'src/api', 'src/i18n', 'src/theme.ts'];

/** One zone per feature: it may import itself, never a sibling feature (the app composes them). */
const featureZones = directoriesIn('src/features').map((feature) => ({
  target: `./src/features/${feature}`,
  from: './src/features',
  except: [`./${feature}`],
  message: 'Features do not import each other; move shared code to src/components, src/lib or src/hooks, or compose in src/app.',
}));

const layerZones = [
  {
    target: SHARED.map((path) => `./${path}`),
    from: ['./src/features', './src/app'],
    message: 'Shared code must not depend on features or the app (shared -> features -> app).',
  },
  {
    target: './src/features',
    from: './src/app',
    message: 'Features must not import the app; the app composes features.',
  },
];

/** Only src/main.tsx may reach the mock API, through a dynamic import behind config.useMocks. */
const srcToMocksZone = {
  target: './src',
  from: './mocks',
  message: 'Only src/main.tsx may import mocks/ (dynamically, behind config.useMocks), so no mock code ships in a server build.',
};

/** mocks/ may take from src/ only what lives in src/api (and only types, see below). */
const mocksToSrcZone = {
  target: './mocks',
  from: './src',
  except: ['./api'],
  message: 'mocks/ implements the contract on its own: it may import only types from src/api (and the contract document).',
};

const boundaryRule = (zones) => ['error', { zones, basePath: root }];

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-*/',
      'coverage/',
      'test-results/',
      'playwright-report/',
      'tests/e2e/artifacts/',
      'public/mockServiceWorker.js',
      'src/api/schema.d.ts',
      '**/*.tsbuildinfo',
    ],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },

  js.configs.recommended,
  // Type-aware rules: the project service shares one program with the editor; on 2 cores the
  // whole tree still lints in well under a minute.
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: root },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Event handlers such as onClick={() => mutation.mutateAsync()} are fine in React.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      // React Router loaders and actions throw Responses (`throw redirect(...)`) by design.
      '@typescript-eslint/only-throw-error': ['error', { allow: [{ from: 'lib', name: 'Response' }] }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      eqeqeq: ['error', 'smart'],
    },
  },

  // React code: hooks, accessibility, TanStack Query. Not the Playwright specs: they drive a
  // browser, and a fixture's `use()` is not React's.
  {
    files: REACT_FILES,
    ignores: ['tests/e2e/**'],
    ...jsxA11y.flatConfigs.recommended,
    languageOptions: {
      ...jsxA11y.flatConfigs.recommended.languageOptions,
      globals: { ...globals.browser },
    },
  },
  { files: REACT_FILES, ignores: ['tests/e2e/**'], ...reactHooks.configs.flat.recommended },
  ...pluginQuery.configs['flat/recommended'].map((config) => ({ ...config, files: REACT_FILES, ignores: ['tests/e2e/**'] })),

  // Boundaries between layers, resolved through the same aliases as tsconfig and Vite.
  {
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.json'],
          tsconfig: { configFile: join(root, 'tsconfig.json') },
        }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': boundaryRule([...featureZones, ...layerZones, srcToMocksZone]),
    },
  },
  {
    files: ['src/main.tsx'],
    rules: { 'import-x/no-restricted-paths': boundaryRule([...layerZones]) },
  },
  // Selects come from src/components/forms/select.tsx: it mounts their option lists only once
  // someone comes to them (Mantine's own keep every list mounted and placed on every render).
  {
    files: ['src/**/*.tsx'],
    ignores: ['src/components/forms/select.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: '@mantine/core', importNames: ['Select', 'MultiSelect'], message: "Use Select and MultiSelect from '@/components/forms/select'." }] },
      ],
    },
  },
  // The theme is evaluated before the first render: a component it imports (for Component.extend)
  // joins the first page's chunk with everything it uses. Plain settings instead (src/theme.ts).
  {
    files: ['src/theme.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='extend']", message: 'Give the component plain settings (`satisfies Partial<ItsProps>`): Component.extend() imports the component into the first chunk.' },
      ],
    },
  },
  {
    files: ['mocks/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'import-x/no-restricted-paths': boundaryRule([mocksToSrcZone]),
      // Within src/api only types may be taken: the mock API must not run the console's client
      // code. The contract document itself (openapi.json) is data, and shared on purpose.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/api/*', '**/src/api/*', '!@/api/openapi.json', '!**/src/api/openapi.json'],
              allowTypeImports: true,
              message: 'mocks/ may import only types from src/api (use `import type`).',
            },
          ],
        },
      ],
      // The standalone mock server and scripts log what they do.
      'no-console': 'off',
    },
  },

  // Node-side files: configs, scripts, tests' setup.
  {
    files: ['scripts/**', '*.config.{js,ts,cjs,mjs}', 'tests/**', 'playwright.config.ts', 'vite.config.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
  // JavaScript files are outside the TypeScript project: lint them without type information.
  {
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
