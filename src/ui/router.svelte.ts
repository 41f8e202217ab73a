/** The app's pages, addressed by the URL fragment (`#/judge`), so links and the back button work. */
export type Route = 'replay' | 'judge' | 'models' | 'experiments';

const ROUTES: Record<string, Route> = { '': 'replay', '#/': 'replay', '#/replay': 'replay', '#/judge': 'judge', '#/models': 'models', '#/experiments': 'experiments' };

export function routeOf(hash: string): Route {
  return ROUTES[hash] ?? 'replay';
}

export class Router {
  route = $state<Route>(routeOf(location.hash));

  constructor() {
    window.addEventListener('hashchange', () => {
      this.route = routeOf(location.hash);
    });
  }
}
