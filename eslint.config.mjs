// ESLint 9 flat config: Next's own rules (core web vitals, React, hooks, jsx-a11y, import) and typescript-eslint's
// recommended set, as `create-next-app` sets them up. `npm run lint` runs it over the whole repository, CI too.
// Layout is Prettier's job (`prettier --check .` in `npm run lint`): eslint-config-prettier comes after every other
// config so that no layout rule can contradict it. Only `max-len` is switched on again after it, for the lines
// Prettier cannot break (long strings, comments, template literals), at the same width.
import { readFileSync } from 'node:fs';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import prettier from 'eslint-config-prettier/flat';

const { printWidth } = JSON.parse(readFileSync(new URL('./.prettierrc.json', import.meta.url), 'utf8'));

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // Icons are small static files served as they are: next/image's optimizer would add a route and nothing else.
      '@next/next/no-img-element': 'off',
      // `_name` marks a binding kept on purpose (a destructured field left out, a callback's unused argument).
      '@typescript-eslint/no-unused-vars': [
        'warn',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Playwright's fixtures call their `use` callback: not React's use().
    files: ['e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    // Message catalogues are `export default { en, fr }` on purpose: the file name is the area.
    files: ['messages/**'],
    rules: { 'import/no-anonymous-default-export': 'off' },
  },
  prettier,
  {
    rules: {
      // No ignoreStrings / ignoreTemplateLiterals / ignoreComments: those are exactly the lines Prettier leaves long.
      // A line that is nothing but a URL (in a comment or a string) cannot be split and stays exempt.
      'max-len': [
        'error',
        { code: printWidth, comments: printWidth, ignorePattern: '^\\s*(?://|\\*)?\\s*[\'"`]?https?://\\S+$' },
      ],
    },
  },
  {
    ignores: [
      '.next/**',
      'node_modules/**',
      'lib/generated/**',
      'e2e/.output/**',
      'bench/.cache/**',
      '.crieur-data/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
    ],
  },
];

export default config;
