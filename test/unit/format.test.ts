import { describe, expect, it } from 'vitest';
import { describeSent, formatCallMultiple, formatRate, formatRatio, formatSeconds, formatTokens } from '../../src/ui/format';

describe('formats', () => {
  it("writes figures the way the original's table did", () => {
    expect(formatTokens(1102)).toBe('1,102');
    expect(formatSeconds(17)).toBe('17.0 s');
    expect(formatRate(29.59)).toBe('30 tok/s');
    expect(formatCallMultiple(3)).toBe('3x');
    expect(formatCallMultiple(5 / 3)).toBe('1.67x');
    expect(formatCallMultiple(null)).toBe('—');
    expect(formatRatio(1173 / 337)).toBe('3.48×');
  });

  it('says plainly when no sampling parameter was sent', () => {
    expect(describeSent({ temperature: null, top_p: null, max_tokens: null, seed: null })).toBe(
      'nothing — the server used its defaults',
    );
    expect(describeSent({ temperature: 0.3, top_p: 0.95, max_tokens: 512, seed: 7 })).toBe(
      'temperature 0.3 · top_p 0.95 · max 512 tokens · seed 7',
    );
  });
});
