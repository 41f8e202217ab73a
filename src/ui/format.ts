import type { SentParameters } from '../core/generation';

/** Number formats shared by every table, matching how the original experiment wrote its figures. */

export function formatTokens(tokens: number): string {
  return tokens.toLocaleString('en-US');
}

export function formatSeconds(seconds: number): string {
  return `${seconds.toFixed(1)} s`;
}

export function formatRate(tokensPerSecond: number): string {
  return `${Math.round(tokensPerSecond)} tok/s`;
}

/** The original's cost notation: 1x, 3x. */
export function formatCallMultiple(multiple: number | null): string {
  return multiple === null ? '—' : `${Number(multiple.toFixed(2))}x`;
}

export function formatRatio(ratio: number | null): string {
  return ratio === null ? '—' : `${ratio.toFixed(2)}×`;
}

/** The sampling parameters an engine sent, in words; parameters not sent are left out. */
export function describeSent(sent: SentParameters): string {
  const parts = [
    sent.temperature === null ? null : `temperature ${sent.temperature}`,
    sent.top_p === null ? null : `top_p ${sent.top_p}`,
    sent.max_tokens === null ? null : `max ${sent.max_tokens} tokens`,
    sent.seed === null ? null : `seed ${sent.seed}`,
  ].filter((part) => part !== null);
  return parts.length > 0 ? parts.join(' · ') : 'nothing — the server used its defaults';
}

/** Bytes as MB or GB, the way download sizes are usually written. */
export function formatBytes(bytes: number): string {
  return bytes >= 1e9 ? `${(bytes / 1e9).toFixed(2)} GB` : `${Math.max(0, Math.round(bytes / 1e6))} MB`;
}

/** A short duration still to wait: "12 s", "4 min". */
export function formatTimeLeft(seconds: number): string {
  return seconds < 90 ? `${Math.ceil(seconds)} s` : `${Math.ceil(seconds / 60)} min`;
}
