import type { Component } from 'svelte';
import type { TaskEditorDeps, TaskEditorSession } from './task-editor.svelte';

/** The Tasks page with its state, once downloaded. */
export interface LoadedTasks {
  session: TaskEditorSession;
  Page: Component<{ session: TaskEditorSession }>;
}

/**
 * The Tasks page and its state, downloaded the first time they are needed (the page opened, or a
 * shared pack opened in the editor) rather than with the app's first page.
 */
export class LazyTasks {
  #loading: Promise<LoadedTasks> | null = null;

  constructor(private readonly deps: TaskEditorDeps) {}

  load(): Promise<LoadedTasks> {
    this.#loading ??= (async () => {
      const [{ TaskEditorSession }, { default: Page }] = await Promise.all([import('./task-editor.svelte'), import('./TasksPage.svelte')]);
      const session = new TaskEditorSession(this.deps);
      await session.restore();
      return { session, Page };
    })();
    // A failed download may be retried by opening the page again.
    this.#loading.catch(() => (this.#loading = null));
    return this.#loading;
  }
}
