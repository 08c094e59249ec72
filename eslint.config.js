import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The layers of src/, in order: a layer may import only the layers before it (and itself).
const layers = [
  'core',
  'spec',
  'schema',
  'diff',
  'generate',
  'http',
  'check',
  'run',
  'extensions',
  'report',
  'cli',
];
// The mock is a server, not a client: it may use only these.
const mockMayUse = ['core', 'spec', 'schema', 'generate', 'mock'];

function forbidden(allowed) {
  return [...layers, 'mock', 'bench']
    .filter((layer) => !allowed.includes(layer))
    .map((layer) => ({
      group: [`**/${layer}/*`, `**/${layer}/**`, `../${layer}`],
      message: `layer rule: not ${layer}`,
    }));
}

// The CLI is the composition root: it may also start the mock.
const allowedFor = (layer, index) => [...layers.slice(0, index + 1), ...(layer === 'cli' ? ['mock'] : [])];
const layerRules = layers.map((layer, index) => ({
  files: [`src/${layer}/**/*.ts`],
  rules: { 'no-restricted-imports': ['error', { patterns: forbidden(allowedFor(layer, index)) }] },
}));

export default tseslint.config(
  { ignores: ['node_modules/**', 'reports/**', '.contract/**', 'dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', 'bin/*.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      complexity: ['error', 20],
      'max-lines-per-function': ['warn', { max: 60, skipBlankLines: true, skipComments: true }],
    },
  },
  ...layerRules,
  {
    files: ['src/mock/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: forbidden(mockMayUse) }] },
  },
  {
    files: ['test/**/*.ts', 'suites/**/*.ts', 'bench/**/*.ts'],
    // vitest's asymmetric matchers (expect.stringMatching...) are typed `any` by design.
    rules: { 'max-lines-per-function': 'off', '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { process: 'readonly', setTimeout: 'readonly', console: 'readonly' } },
  },
);
