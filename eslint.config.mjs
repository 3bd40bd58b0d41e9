// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Imports go one way: resolvers -> services -> db/audit/events -> entities; policy and inference stand alone. */
const layer = (files, forbidden, why, packages = []) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          // a sibling folder of src/ reached with one or more '../'
          { regex: `^(\\.\\./)+(${forbidden.join('|')})(/|$)`, message: why },
          ...packages.map((name) => ({ regex: `^${name}(/|$)`, message: why })),
        ],
      },
    ],
  },
});
const above = (...names) => names;

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.cache/', 'coverage/', 'test/gql/', '.data/', 'models/**/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-require-imports': 'error',
      'no-console': 'error',
    },
  },
  { files: ['scripts/**', 'bench/**', 'test/**', 'src/cli/**'], rules: { 'no-console': 'off' } },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', __dirname: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  layer(
    ['src/inference/**'],
    above(
      'services',
      'resolvers',
      'schema',
      'server',
      'db',
      'audit',
      'events',
      'policy',
      'entities',
      'errors',
      'config',
    ),
    'src/inference depends on nothing else in src/.',
  ),
  layer(
    ['src/policy/**'],
    above('services', 'resolvers', 'schema', 'server', 'db', 'audit', 'events', 'inference'),
    "src/policy is pure: it may use entities' enums and nothing above them.",
  ),
  layer(
    ['src/entities/**'],
    above('services', 'resolvers', 'schema', 'server', 'db', 'audit', 'events', 'policy'),
    'entities sit at the bottom.',
  ),
  {
    files: ['src/entities/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.name='registerEnumType']",
          message: 'register GraphQL enums in src/schema/enums.ts, not beside the entities',
        },
      ],
    },
  },
  layer(
    ['src/db/**', 'src/audit/**', 'src/events/**'],
    above('services', 'resolvers', 'schema', 'server'),
    'the data layer must not reach up into services or the API.',
  ),
  layer(
    ['src/services/**'],
    above('resolvers', 'schema', 'server'),
    'services must not know about GraphQL or HTTP.',
  ),
  layer(
    ['src/demo/**'],
    above('resolvers', 'schema', 'server'),
    'the demo gallery is enrolled through the services, as a gallery manager would.',
  ),
  layer(
    ['src/resolvers/**'],
    above('db', 'audit'),
    'resolvers stay thin: call a service, never the database.',
    ['typeorm'],
  ),
);
