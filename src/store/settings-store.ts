import type { IDBPDatabase } from 'idb';
import * as v from 'valibot';
import { asStoreError } from './store-error';

/** A named setting with its schema and the value used when none (or an unreadable one) is stored. */
export interface Setting<T> {
  key: string;
  schema: v.GenericSchema<T>;
  fallback: T;
}

/** Small user preferences kept in this browser. */
export class SettingsStore {
  constructor(private readonly db: IDBPDatabase<unknown>) {}

  async get<T>(setting: Setting<T>): Promise<T> {
    const parsed = v.safeParse(setting.schema, await this.db.get('settings', setting.key));
    return parsed.success ? parsed.output : setting.fallback;
  }

  async set<T>(setting: Setting<T>, value: T): Promise<void> {
    try {
      await this.db.put('settings', v.parse(setting.schema, value), setting.key);
    } catch (error) {
      throw asStoreError(error, `the setting “${setting.key}”`);
    }
  }
}
