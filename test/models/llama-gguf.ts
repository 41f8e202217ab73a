/*
 * The llama-architecture part of a tiny GGUF model: metadata keys, vocabulary layout and tensor
 * names/shapes that llama.cpp expects. The weights themselves come from the caller.
 */
import { writeGguf, type GgufTensor, type GgufValue } from './gguf-writer';

/** llama.cpp token types. */
export const TOKEN_TYPE = { NORMAL: 1, UNKNOWN: 2, CONTROL: 3, BYTE: 6 } as const;

export const UNK_ID = 0;
export const BOS_ID = 1;
export const EOS_ID = 2;
/** Id of the byte token <0xBB>. */
export const byteTokenId = (byte: number) => 3 + byte;
/** Id of the first word piece (after <unk>, <s>, </s> and the 256 byte tokens). */
export const FIRST_WORD_ID = 3 + 256;

/** ChatML, the template most small chat models use. */
export const CHATML_TEMPLATE =
  "{% for message in messages %}{{ '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n' }}{% endfor %}" +
  "{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";

/** What every ChatML prompt ends with: the model's first token follows the last token of this. */
export const CHATML_GENERATION_PROMPT = '<|im_start|>assistant\n';

/** The text of a vocabulary entry for a word piece: SentencePiece writes a space as "▁". */
export const pieceText = (piece: string) => piece.replaceAll(' ', '\u2581');

/** <unk>, <s>, </s> and <0x00>…<0xFF>: the part of the vocabulary every model here shares. */
export function baseVocabulary(): { tokens: string[]; types: number[] } {
  const tokens = ['<unk>', '<s>', '</s>'];
  const types: number[] = [TOKEN_TYPE.UNKNOWN, TOKEN_TYPE.CONTROL, TOKEN_TYPE.CONTROL];
  for (let b = 0; b < 256; b++) {
    tokens.push(`<0x${b.toString(16).toUpperCase().padStart(2, '0')}>`);
    types.push(TOKEN_TYPE.BYTE);
  }
  return { tokens, types };
}

export interface LlamaDims {
  embd: number;
  layers: number;
  /** Feed-forward width. */
  ff: number;
  heads: number;
  contextLength: number;
}

/** Row-major shapes of a llama model's tensors, in file order. */
export function llamaTensorShapes(dims: LlamaDims, vocabSize: number): Array<[string, number[]]> {
  const { embd, ff } = dims;
  const shapes: Array<[string, number[]]> = [['token_embd.weight', [vocabSize, embd]]];
  for (let l = 0; l < dims.layers; l++) {
    const p = `blk.${l}.`;
    shapes.push(
      [`${p}attn_norm.weight`, [embd]],
      [`${p}attn_q.weight`, [embd, embd]],
      // No grouped-query attention: as many key/value heads as query heads, so kv_dim = embd.
      [`${p}attn_k.weight`, [embd, embd]],
      [`${p}attn_v.weight`, [embd, embd]],
      [`${p}attn_output.weight`, [embd, embd]],
      [`${p}ffn_norm.weight`, [embd]],
      [`${p}ffn_gate.weight`, [ff, embd]],
      [`${p}ffn_up.weight`, [ff, embd]],
      [`${p}ffn_down.weight`, [embd, ff]],
    );
  }
  shapes.push(['output_norm.weight', [embd]], ['output.weight', [vocabSize, embd]]);
  return shapes;
}

/** Bytes of F32 weights a llama model of these dimensions holds. */
export function llamaWeightBytes(dims: LlamaDims, vocabSize: number): number {
  return llamaTensorShapes(dims, vocabSize).reduce((sum, [, shape]) => sum + shape.reduce((a, b) => a * b, 1) * 4, 0);
}

export interface LlamaModel {
  name: string;
  dims: LlamaDims;
  /** The whole vocabulary, base vocabulary first (see baseVocabulary). */
  tokens: string[];
  types: number[];
  chatTemplate: string;
  /** Fills one tensor (zeroed, row-major) by name; a tensor it leaves alone stays zero. */
  fill: (name: string, out: Float32Array) => void;
}

/** A complete GGUF file for a llama model. */
export function llamaGguf(model: LlamaModel): Uint8Array {
  const { dims, tokens } = model;
  const u32 = (value: number): GgufValue => ({ type: 'u32', value });
  const metadata: Array<[string, GgufValue]> = [
    ['general.architecture', { type: 'string', value: 'llama' }],
    ['general.name', { type: 'string', value: model.name }],
    ['general.alignment', u32(32)],
    ['llama.vocab_size', u32(tokens.length)],
    ['llama.context_length', u32(dims.contextLength)],
    ['llama.embedding_length', u32(dims.embd)],
    ['llama.block_count', u32(dims.layers)],
    ['llama.feed_forward_length', u32(dims.ff)],
    ['llama.attention.head_count', u32(dims.heads)],
    ['llama.attention.head_count_kv', u32(dims.heads)],
    ['llama.attention.layer_norm_rms_epsilon', { type: 'f32', value: 1e-5 }],
    ['llama.rope.dimension_count', u32(dims.embd / dims.heads)],
    ['llama.rope.freq_base', { type: 'f32', value: 10000 }],
    ['tokenizer.ggml.model', { type: 'string', value: 'llama' }],
    ['tokenizer.ggml.tokens', { type: 'string[]', value: tokens }],
    ['tokenizer.ggml.scores', { type: 'f32[]', value: new Float32Array(tokens.length) }],
    ['tokenizer.ggml.token_type', { type: 'i32[]', value: model.types }],
    ['tokenizer.ggml.unknown_token_id', u32(UNK_ID)],
    ['tokenizer.ggml.bos_token_id', u32(BOS_ID)],
    ['tokenizer.ggml.eos_token_id', u32(EOS_ID)],
    ['tokenizer.ggml.add_bos_token', { type: 'bool', value: true }],
    // No "▁" before the first word of a prompt: keeps tokenization of the prompt's tail predictable.
    ['tokenizer.ggml.add_space_prefix', { type: 'bool', value: false }],
    ['tokenizer.chat_template', { type: 'string', value: model.chatTemplate }],
  ];
  const tensors: GgufTensor[] = llamaTensorShapes(dims, tokens.length).map(([name, shape]) => ({
    name,
    shape,
    fill: (out) => model.fill(name, out),
  }));
  return writeGguf(metadata, tensors);
}
