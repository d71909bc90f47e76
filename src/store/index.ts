import { SqliteStore } from './sqlite.ts';
import type { Store } from './store.ts';

export type * from './store.ts';
export { SqliteStore, type SqliteStoreOptions, type SearchOptions } from './sqlite.ts';
export { SchemaTooNewError, LATEST_SCHEMA_VERSION } from './migrations.ts';
export { addressKey } from '../util/address-key.ts';

/**
 * Open the store at `location` with its schema created or upgraded:
 * a file path (created with its folders when missing), `sqlite:<path>`, or `:memory:`.
 */
export async function openStore(location: string): Promise<Store> {
  const trimmed = location.trim();
  if (!trimmed) throw new Error('no store location given: pass a database file path or :memory:');
  if (/^postgres(ql)?:\/\//i.test(trimmed)) {
    throw new Error(
      `${redactPassword(trimmed)}: the PostgreSQL store is not available yet. ` +
        'Use a SQLite file path (for example storytrace.db) until the PostgreSQL backend is implemented.',
    );
  }
  const path = trimmed.replace(/^sqlite:(\/\/)?/i, '');
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(path)) {
    throw new Error(`${redactPassword(path)}: unknown store location; expected a SQLite file path or :memory:`);
  }
  const store = new SqliteStore(path);
  try {
    await store.migrate();
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

function redactPassword(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]+):[^@/]*@/i, '$1:***@');
}
