// Lint: TypeScript's recommended rules, plus the house rules that a linter can check.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'coverage/', 'bench/results/', 'web/dist/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Domain code takes time from ctx.clock (DESIGN.md); tests and the clock itself are exempt below.
      'no-restricted-syntax': ['error', { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Use ctx.clock.now(): time comes from the clock in ctx.' }],
    },
  },
  { files: ['**/*.test.ts', 'src/platform/clock.ts', 'bench/**', 'e2e/**', 'web/**'], rules: { 'no-restricted-syntax': 'off' } }, // the browser's clock is the user's
);
