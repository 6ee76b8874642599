import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

/** Keeps data flowing one way: data/ → lib → app → components (see ../shared/STYLE.md). */
const layering = [
  {
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['react', 'react-dom', 'next', 'next/*', 'leaflet', 'react-leaflet'], message: 'lib/ is pure TypeScript: no React, Next or Leaflet.' },
          { group: ['@/components/*', '../components/*', '../../components/*', '@/app/*'], message: 'lib/ must not depend on views.' },
        ],
      }],
    },
  },
  {
    // Code the browser runs: zod stays on the server (about 30 KB gzip in every page otherwise),
    // and so does date-fns (7 KB with its locales): the browser gets dates in words. The two
    // files that write them run at build time only.
    files: ['lib/{dates,url,filter,timeline,explorer,i18n,embed,citation,geo,export}/**/*.ts', 'components/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts', '**/*.test.tsx', '**/*.test-helper.ts', 'lib/dates/format.ts', 'lib/dates/eventDates.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [{
          regex: '^zod(/.*)?$|(^|/)schema(/(index|common|isoDate|event|place|work|footnote|era|taxon|outsidePaper))?$',
          allowTypeImports: true,
          message: 'Browser code imports only types from lib/schema (values from lib/schema/values): zod must not reach a client bundle.',
        }, {
          regex: '^date-fns(/.*)?$|(^|/)dates/(format|eventDates)$',
          allowTypeImports: true,
          message: 'Browser code gets dates in words (DatedDataset, monthNames), written at build time: date-fns must not reach a client bundle.',
        }],
      }],
    },
  },
  {
    files: ['app/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['leaflet', 'react-leaflet', 'd3-*'], message: 'Routes compose components; maps and scales live in components/ and lib/.' }],
      }],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    ignores: ['components/map/**', '**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['leaflet', 'react-leaflet'], message: 'Only components/map/ imports Leaflet.' },
          { group: ['**/lib/dataset/load', '@/lib/dataset/load', 'node:*', 'fs', 'zod'], message: 'Components receive data through props; they never read data/ or ship zod.' },
        ],
      }],
    },
  },
];

const config = [
  ...nextVitals,
  ...nextTs,
  ...layering,
  { ignores: ['node_modules/**', '.next/**', 'out/**', 'out-subpath/**', 'public/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts', 'bench-results/**'] },
];

export default config;
