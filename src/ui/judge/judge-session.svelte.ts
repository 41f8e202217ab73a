import * as v from 'valibot';
import type { Verdict } from '../../core/verdict';
import type { PlaygroundVerdictCache } from '../../core/verdict-cache';
import type { Judge } from '../../judge/judge';
import type { Setting, SettingsStore } from '../../store/settings-store';

/** The Rust playground's public address; a class can point Strategy Lab at its own. */
export const DEFAULT_ENDPOINT = 'https://play.rust-lang.org';

export const playgroundConsentSetting: Setting<boolean> = { key: 'playground.consent', schema: v.boolean(), fallback: false };
export const playgroundEndpointSetting: Setting<string> = {
  key: 'playground.endpoint',
  schema: v.pipe(v.string(), v.url(), v.regex(/^https?:\/\//)),
  fallback: DEFAULT_ENDPOINT,
};

export type PlaygroundState =
  | { kind: 'idle' }
  | { kind: 'needs-consent' }
  | { kind: 'asking' }
  | { kind: 'answered'; verdict: Verdict; cached: boolean }
  | { kind: 'problem'; message: string; retryAfterSeconds: number | null };

export interface JudgeSessionDeps {
  judge: () => Judge;
  settings: SettingsStore | null;
  cache: PlaygroundVerdictCache | null;
  /** For tests: the playground client's fetch. */
  fetch?: typeof fetch;
}

/** A program the page starts with: the original baseline's answer with tests of the prime task. */
export const EXAMPLE_PROGRAM = `fn is_prime(num: i32) -> bool {
    if num <= 1 {
        return false;
    }
    for i in 2..=num {
        if num % i == 0 {
            return false;
        }
    }
    true
}

fn main() {
    assert_eq!(is_prime(2), true);
    assert_eq!(is_prime(9), false);
    assert_eq!(is_prime(97), true);
}
`;

/** The "Judge Rust" page: judge a whole program in the browser, or ask rustc on the Rust playground. */
export class JudgeSession {
  source = $state(EXAMPLE_PROGRAM);
  verdict = $state.raw<Verdict | null>(null);
  judging = $state(false);
  playground = $state.raw<PlaygroundState>({ kind: 'idle' });
  consent = $state(false);
  endpoint = $state(DEFAULT_ENDPOINT);
  endpointProblem = $state<string | null>(null);

  readonly #deps: JudgeSessionDeps;
  #judge: Judge | null = null;
  #request = 0;

  constructor(deps: JudgeSessionDeps) {
    this.#deps = deps;
  }

  async restore(): Promise<void> {
    const settings = this.#deps.settings;
    if (!settings) return;
    [this.consent, this.endpoint] = await Promise.all([settings.get(playgroundConsentSetting), settings.get(playgroundEndpointSetting)]);
  }

  setSource(source: string): void {
    this.source = source;
    this.verdict = null;
    this.playground = { kind: 'idle' };
  }

  /** Judges the program in the browser; the newest request wins. */
  async judgeNow(): Promise<void> {
    const request = ++this.#request;
    this.judging = true;
    this.playground = { kind: 'idle' };
    try {
      const judge = (this.#judge ??= this.#deps.judge());
      const verdict = await judge.judge({ kind: 'program', source: this.source });
      if (request === this.#request) this.verdict = verdict;
    } finally {
      if (request === this.#request) this.judging = false;
    }
  }

  async setConsent(consent: boolean): Promise<void> {
    this.consent = consent;
    if (consent && this.playground.kind === 'needs-consent') this.playground = { kind: 'idle' };
    await this.#deps.settings?.set(playgroundConsentSetting, consent).catch(() => {});
  }

  /** Accepts a new playground address when it is an http(s) URL; says what is wrong otherwise. */
  async setEndpoint(endpoint: string): Promise<void> {
    const parsed = v.safeParse(playgroundEndpointSetting.schema, endpoint.trim());
    if (!parsed.success) {
      this.endpointProblem = 'Enter the playground’s address, starting with https:// (or http:// for a server of your own).';
      return;
    }
    this.endpointProblem = null;
    this.endpoint = parsed.output;
    await this.#deps.settings?.set(playgroundEndpointSetting, parsed.output).catch(() => {});
  }

  /**
   * Sends the program to the Rust playground for rustc's exact verdict — only with the user's
   * consent, since the code leaves the browser and the playground logs it. Cached verdicts are
   * reused without asking again.
   */
  async askPlayground(): Promise<void> {
    if (!this.consent) {
      this.playground = { kind: 'needs-consent' };
      return;
    }
    const request = ++this.#request;
    this.playground = { kind: 'asking' };
    const { judgeWithPlayground } = await import('../../judge/playground/cache');
    const cache = this.#deps.cache ?? { get: async () => null, put: async () => {} };
    const result = await judgeWithPlayground(this.source, cache, { endpoint: this.endpoint, ...(this.#deps.fetch ? { fetch: this.#deps.fetch } : {}) });
    if (request !== this.#request) return;
    this.playground = result.ok
      ? { kind: 'answered', verdict: result.verdict, cached: result.cached }
      : { kind: 'problem', message: result.message, retryAfterSeconds: result.retryAfterSeconds };
  }
}
