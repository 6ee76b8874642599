/**
 * Old URL shapes keep working: each migration rewrites parameters of an older form into the
 * current one before parsing. Append only; never remove an entry (links live in course pages
 * for years).
 */
export interface UrlMigration {
  id: string;
  description: string;
  applies(params: URLSearchParams): boolean;
  migrate(params: URLSearchParams): void;
}

export const URL_MIGRATIONS: UrlMigration[] = [
  {
    id: '2026-11-from-to',
    description: 'Separate `from=`/`to=` year parameters (as people write them by hand) become `t=FROM..TO`.',
    applies: (p) => (p.has('from') || p.has('to')) && !p.has('t'),
    migrate: (p) => {
      p.set('t', `${p.get('from') ?? ''}..${p.get('to') ?? ''}`);
      p.delete('from');
      p.delete('to');
    },
  },
  {
    id: '2026-11-singular-id',
    description: '`id=` (the event page’s slug) becomes `event=`.',
    applies: (p) => p.has('id') && !p.has('event'),
    migrate: (p) => {
      p.set('event', p.get('id') ?? '');
      p.delete('id');
    },
  },
  {
    id: '2026-11-plural-facets',
    description: 'Plural facet names (`places=`, `movements=`, `themes=`) become singular.',
    applies: (p) => ['places', 'movements', 'themes'].some((k) => p.has(k)),
    migrate: (p) => {
      for (const plural of ['places', 'movements', 'themes']) {
        const values = p.getAll(plural);
        p.delete(plural);
        for (const v of values) p.append(plural.slice(0, -1), v);
      }
    },
  },
];

/** Applies every migration that matches, in order; returns the ids applied. */
export function migrateParams(params: URLSearchParams): string[] {
  const applied: string[] = [];
  for (const migration of URL_MIGRATIONS) {
    if (migration.applies(params)) {
      migration.migrate(params);
      applied.push(migration.id);
    }
  }
  return applied;
}
