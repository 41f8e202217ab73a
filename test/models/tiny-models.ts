/*
 * Tiny llama models generated on the spot, since no model can be downloaded here: a random one
 * (real inference, seeded sampling, any size up to a benchmark's 100 MB) and a scripted one that
 * answers every prompt with one planted text.
 */
import {
  BOS_ID,
  CHATML_GENERATION_PROMPT,
  CHATML_TEMPLATE,
  EOS_ID,
  FIRST_WORD_ID,
  TOKEN_TYPE,
  UNK_ID,
  baseVocabulary,
  byteTokenId,
  llamaGguf,
  llamaWeightBytes,
  pieceText,
  type LlamaDims,
} from './llama-gguf';

/** mulberry32: small, fast, seeded; the same seed gives the same model on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Uniform values with standard deviation `std`. */
function fillRandom(out: Float32Array, random: () => number, std: number): void {
  const half = std * Math.sqrt(3);
  for (let i = 0; i < out.length; i++) out[i] = (random() * 2 - 1) * half;
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'ta', 'vo', 'zi', 'pe', 'su', 'fa', 'do', 'gri', 'bel', 'xo', 'an', 'en', 'ir'];

/** `count` distinct made-up words, about half with a leading space. */
function madeUpWords(count: number, random: () => number): string[] {
  const words = new Set<string>();
  while (words.size < count) {
    let word = '';
    const syllables = 1 + Math.floor(random() * 3);
    for (let s = 0; s < syllables; s++) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    words.add(random() < 0.5 ? ` ${word}` : word);
  }
  return [...words];
}

export interface RandomModelOptions {
  seed: number;
  /** Embedding width (default 64; 1024 when sizing by targetBytes). */
  embd?: number;
  layers?: number;
  ff?: number;
  /** Made-up word pieces after the byte tokens (default 200). */
  vocabWords?: number;
  /** Picks the number of layers so the file is about this big (a benchmark's 100 MB model). */
  targetBytes?: number;
  /** Whether </s> may be sampled; off by default so a generation always runs to max_tokens. */
  allowEos?: boolean;
}

/**
 * Embedding dimension 0 holds this constant for every token, and no layer writes to it, so
 * after the final norm it is a large positive input on which output rows can put a fixed bias.
 */
const BIAS_DIM_VALUE = 4;
/** Output weight on the bias dimension for tokens that must never be sampled. */
const BANNED_WEIGHT = -40;

/**
 * A llama model with seeded random weights and a ChatML template. It writes made-up words;
 * tokens whose output would not be printable text (bytes 0x80–0xFF, which break wllama on
 * invalid UTF-8, control bytes, <unk>, <s>, and </s> unless allowed) are banned in the weights.
 */
export function randomModel(options: RandomModelOptions): Uint8Array {
  const random = seededRandom(options.seed);
  const base = baseVocabulary();
  const words = madeUpWords(options.vocabWords ?? 200, random);
  const tokens = [...base.tokens, ...words.map(pieceText)];
  const types = [...base.types, ...words.map(() => TOKEN_TYPE.NORMAL)];
  const dims = randomDims(options, tokens.length);
  const { embd } = dims;
  const banned = (id: number) =>
    id === UNK_ID ||
    id === BOS_ID ||
    (id === EOS_ID && !options.allowEos) ||
    (id >= byteTokenId(0x80) && id <= byteTokenId(0xff)) ||
    (id >= byteTokenId(0) && id < byteTokenId(0x20) && id !== byteTokenId(0x0a));
  const zeroBiasRow = (out: Float32Array) => out.fill(0, 0, out.length / embd);

  return llamaGguf({
    name: `random-${options.seed}`,
    dims,
    tokens,
    types,
    chatTemplate: CHATML_TEMPLATE,
    fill(name, out) {
      if (name.endsWith('norm.weight')) return void out.fill(1);
      if (name === 'token_embd.weight') {
        fillRandom(out, random, 1);
        for (let t = 0; t < tokens.length; t++) out[t * embd] = BIAS_DIM_VALUE;
      } else if (name === 'output.weight') {
        // About 2.5 logits of spread between words: varied text at temperature ~1.
        fillRandom(out, random, 2.5 / Math.sqrt(embd));
        for (let t = 0; t < tokens.length; t++) out[t * embd] = banned(t) ? BANNED_WEIGHT : 0;
      } else if (name.endsWith('attn_output.weight')) {
        fillRandom(out, random, 0.5 / Math.sqrt(embd));
        out.fill(0, 0, embd); // row 0 is what the layer adds to the bias dimension
      } else if (name.endsWith('ffn_down.weight')) {
        fillRandom(out, random, 0.5 / Math.sqrt(dims.ff));
        zeroBiasRow(out);
      } else {
        fillRandom(out, random, 1 / Math.sqrt(embd));
      }
    },
  });
}

function randomDims(options: RandomModelOptions, vocabSize: number): LlamaDims {
  const sized = options.targetBytes !== undefined;
  const embd = options.embd ?? (sized ? 1024 : 64);
  const ff = options.ff ?? Math.round((embd * 2.75) / 64) * 64;
  const heads = Math.max(1, embd / 64);
  const dims: LlamaDims = { embd, ff, heads, layers: options.layers ?? 2, contextLength: 2048 };
  if (sized && options.layers === undefined) {
    const fixed = llamaWeightBytes({ ...dims, layers: 0 }, vocabSize);
    const perLayer = llamaWeightBytes({ ...dims, layers: 1 }, vocabSize) - fixed;
    dims.layers = Math.max(1, Math.round((options.targetBytes! - fixed) / perLayer));
  }
  return dims;
}

/** Texts a planted piece must not have: the base vocabulary's. */
const RESERVED = new Set(baseVocabulary().tokens);

/**
 * Splits `text` into the pieces a scripted model emits: words with their leading whitespace,
 * merged with their neighbours until every piece is unique (the model is a lookup table from
 * the current piece to the next). No piece may end the ChatML generation prompt, or a prompt's
 * last token could be mistaken for a planted piece.
 */
export function scriptPieces(text: string): string[] {
  const units = text.match(/\s*(?:\w+|[^\w\s]+)|\s+/g) ?? [];
  const used = new Set<string>();
  const acceptable = (piece: string) =>
    !used.has(piece) && !RESERVED.has(pieceText(piece)) && !CHATML_GENERATION_PROMPT.endsWith(piece);
  const pieces: string[] = [];
  let pending = '';
  const accept = () => {
    pieces.push(pending);
    used.add(pending);
    pending = '';
  };
  for (const unit of units) {
    pending += unit;
    if (acceptable(pending)) accept();
  }
  while (pending) {
    // A leftover that repeats an earlier piece joins the piece before it.
    const previous = pieces.pop();
    if (previous === undefined) throw new Error(`cannot split ${JSON.stringify(text)} into unique pieces`);
    used.delete(previous);
    pending = previous + pending;
    if (acceptable(pending)) accept();
  }
  return pieces;
}

/** Logit margin per unit of normalized input: large enough that no temperature changes the winner. */
const SCRIPT_WEIGHT = 50;

/**
 * A model that answers any ChatML prompt, at any temperature and seed, with exactly `text`
 * followed by </s>. Attention and feed-forward outputs are zero, so the network reduces to a
 * lookup table: piece i has embedding direction i and output.weight maps it to piece i + 1;
 * every other token shares the last direction, which maps to piece 0; the last piece maps to </s>.
 */
export function scriptedModel(text: string): Uint8Array {
  const pieces = scriptPieces(text);
  if (pieces.length === 0) throw new Error('a scripted model needs some text');
  const base = baseVocabulary();
  const tokens = [...base.tokens, ...pieces.map(pieceText)];
  const types = [...base.types, ...pieces.map(() => TOKEN_TYPE.NORMAL)];
  const embd = Math.max(256, Math.ceil((pieces.length + 1) / 64) * 64);
  const shared = embd - 1;
  return llamaGguf({
    name: 'scripted',
    dims: { embd, layers: 1, ff: 64, heads: embd / 64, contextLength: 2048 },
    tokens,
    types,
    chatTemplate: CHATML_TEMPLATE,
    fill(name, out) {
      if (name.endsWith('norm.weight')) return void out.fill(1);
      if (name === 'token_embd.weight') {
        for (let t = 0; t < tokens.length; t++) {
          const piece = t - FIRST_WORD_ID;
          out[t * embd + (piece >= 0 ? piece : shared)] = 1;
        }
      } else if (name === 'output.weight') {
        out[FIRST_WORD_ID * embd + shared] = SCRIPT_WEIGHT;
        for (let i = 1; i < pieces.length; i++) out[(FIRST_WORD_ID + i) * embd + (i - 1)] = SCRIPT_WEIGHT;
        out[EOS_ID * embd + (pieces.length - 1)] = SCRIPT_WEIGHT;
      }
      // Every layer weight stays zero: the residual stream is the current token's embedding.
    },
  });
}
