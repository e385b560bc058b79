import tseslint from 'typescript-eslint';
import layers from './scripts/lint/layers.js';

export default tseslint.config(
  { ignores: ['node_modules/', 'web/.next/', 'web/next-env.d.ts', 'data/', 'playwright/.results/', 'bench/.out/'] },
  ...tseslint.configs.recommended,
  {
    plugins: { layers },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
      'layers/one-way': 'error',
    },
  },
);
