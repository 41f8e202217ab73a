import { SHARE_PREFIX } from '../share/share-link';

/**
 * The app's pages, addressed by the URL fragment (`#/judge`), so links and the back button work.
 * A fragment starting with the share prefix (`#sl1.…`) is a shared result.
 */
export type Route = 'replay' | 'judge' | 'models' | 'experiments' | 'history' | 'tasks' | 'class' | 'shared';

const ROUTES: Record<string, Route> = {
  '': 'replay',
  '#/': 'replay',
  '#/replay': 'replay',
  '#/judge': 'judge',
  '#/models': 'models',
  '#/experiments': 'experiments',
  '#/history': 'history',
  '#/class': 'class',
  '#/tasks': 'tasks',
};

export function routeOf(hash: string): Route {
  if (hash.startsWith(SHARE_PREFIX)) return 'shared';
  return ROUTES[hash] ?? 'replay';
}

export class Router {
  hash = $state(location.hash);
  route = $derived<Route>(routeOf(this.hash));

  constructor() {
    window.addEventListener('hashchange', () => {
      this.hash = location.hash;
    });
  }
}
