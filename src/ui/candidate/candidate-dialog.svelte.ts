import type { Component } from 'svelte';
import type { CandidateDetail } from './candidate-detail';

export type CandidateDialogComponent = Component<{ detail: CandidateDetail; onclose: () => void }>;

/**
 * Which candidate's detail is open. The dialog (and the code view it needs) loads when a detail is
 * first opened, not with the page. Whoever outlives the candidate list holds it: a running sweep
 * replaces its candidates cell after cell, and an open detail must not vanish with them.
 */
export class CandidateDialogState {
  detail = $state.raw<CandidateDetail | null>(null);
  dialog = $state.raw<CandidateDialogComponent | null>(null);
  loading = $state(false);
  problem = $state<string | null>(null);

  readonly #load: () => Promise<{ default: CandidateDialogComponent }>;

  constructor(load: () => Promise<{ default: CandidateDialogComponent }> = () => import('./CandidateDialog.svelte')) {
    this.#load = load;
  }

  async open(detail: CandidateDetail): Promise<void> {
    if (!this.dialog) {
      this.loading = true;
      try {
        this.dialog = (await this.#load()).default;
        this.problem = null;
      } catch {
        this.problem = 'The details could not be loaded; check the connection and try again.';
        return;
      } finally {
        this.loading = false;
      }
    }
    this.detail = detail;
  }

  close(): void {
    this.detail = null;
  }
}
