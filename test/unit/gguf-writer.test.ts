import { describe, expect, it } from 'vitest';
import { GGUF_TYPE, writeGguf } from '../models/gguf-writer';
import { readGguf, type GgufFile } from '../models/gguf-reader';
import { CHATML_GENERATION_PROMPT, EOS_ID, FIRST_WORD_ID, byteTokenId, llamaTensorShapes } from '../models/llama-gguf';
import { randomModel, scriptPieces, scriptedModel } from '../models/tiny-models';

/* The GGUF files the browser tests feed to llama.cpp, read back by an independent reader. */

const isPrimeReply = `Here is a function that checks whether a number is prime:

\`\`\`rust
fn is_prime(num: u32) -> bool {
    if num < 2 {
        return false;
    }
    let mut divisor = 2;
    while divisor * divisor <= num {
        if num % divisor == 0 {
            return false;
        }
        divisor += 1;
    }
    true
}
\`\`\`

It tries every divisor up to the square root.`;

function expectAlignedAndPacked(file: GgufFile, size: number): void {
  expect(file.dataOffset % 32).toBe(0);
  let end = 0;
  for (const tensor of file.tensors) {
    expect(tensor.ggmlType).toBe(0);
    expect(tensor.offset % 32).toBe(0);
    // Each tensor starts at the first aligned byte after the previous one: no overlap, no gap.
    expect(tensor.offset).toBe(Math.ceil(end / 32) * 32);
    end = tensor.offset + tensor.dims.reduce((a, b) => a * b, 1) * 4;
  }
  expect(size).toBe(file.dataOffset + Math.ceil(end / 32) * 32);
}

describe('writeGguf', () => {
  it('writes the header, typed metadata, reversed dims and aligned F32 data', () => {
    const bytes = writeGguf(
      [
        ['general.alignment', { type: 'u32', value: 32 }],
        ['a.i32', { type: 'i32', value: -7 }],
        ['a.f32', { type: 'f32', value: 0.5 }],
        ['a.bool', { type: 'bool', value: true }],
        ['a.str', { type: 'string', value: 'héllo ▁' }],
        ['a.strs', { type: 'string[]', value: ['x', 'yz'] }],
        ['a.f32s', { type: 'f32[]', value: [1.5, -2] }],
        ['a.i32s', { type: 'i32[]', value: [3, -4] }],
      ],
      [
        { name: 'odd', shape: [3], fill: (out) => out.set([1, 2, 3]) },
        { name: 'matrix', shape: [2, 5], fill: (out) => out.forEach((_, i) => (out[i] = i)) },
      ],
    );
    expect(new TextDecoder().decode(bytes.subarray(0, 4))).toBe('GGUF');
    const file = readGguf(bytes);
    expect(file.version).toBe(3);
    expect(Object.fromEntries(file.metadata)).toEqual({
      'general.alignment': 32,
      'a.i32': -7,
      'a.f32': 0.5,
      'a.bool': true,
      'a.str': 'héllo ▁',
      'a.strs': ['x', 'yz'],
      'a.f32s': [1.5, -2],
      'a.i32s': [3, -4],
    });
    expect(file.metadataTypes.get('a.i32')).toBe(GGUF_TYPE.I32);
    expect(file.metadataTypes.get('a.f32')).toBe(GGUF_TYPE.F32);
    expect(file.metadataTypes.get('a.strs')).toBe(GGUF_TYPE.ARRAY);
    // Row-major [2, 5] is stored as ggml's [5, 2]; the 12-byte tensor pushes the next to byte 32.
    expect(file.tensors).toEqual([
      { name: 'odd', dims: [3], ggmlType: 0, offset: 0 },
      { name: 'matrix', dims: [5, 2], ggmlType: 0, offset: 32 },
    ]);
    expectAlignedAndPacked(file, bytes.length);
    expect([...file.tensorData('odd')]).toEqual([1, 2, 3]);
    expect([...file.tensorData('matrix')]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

describe('randomModel', () => {
  const bytes = randomModel({ seed: 1 });
  const file = readGguf(bytes);
  const tokens = file.metadata.get('tokenizer.ggml.tokens') as string[];
  const embd = file.metadata.get('llama.embedding_length') as number;

  it('is a llama model with every tensor llama.cpp needs, dims in ggml order', () => {
    expect(file.metadata.get('general.architecture')).toBe('llama');
    expect(file.metadata.get('llama.vocab_size')).toBe(tokens.length);
    expect(file.metadataTypes.get('llama.attention.layer_norm_rms_epsilon')).toBe(GGUF_TYPE.F32);
    expect(file.metadata.get('tokenizer.chat_template')).toContain('<|im_start|>');
    const dims = { embd, layers: 2, ff: file.metadata.get('llama.feed_forward_length') as number, heads: 1, contextLength: 2048 };
    const expected = llamaTensorShapes(dims, tokens.length).map(([name, shape]) => ({ name, dims: [...shape].reverse() }));
    expect(file.tensors.map(({ name, dims }) => ({ name, dims }))).toEqual(expected);
    expect(file.tensors.find((t) => t.name === 'token_embd.weight')?.dims).toEqual([embd, tokens.length]);
    expect(file.tensors.find((t) => t.name === 'blk.0.ffn_down.weight')?.dims).toEqual([dims.ff, embd]);
    expectAlignedAndPacked(file, bytes.length);
  });

  it('has unique token texts (llama.cpp aborts otherwise) and the byte tokens in place', () => {
    expect(new Set(tokens).size).toBe(tokens.length);
    expect(tokens.slice(0, 3)).toEqual(['<unk>', '<s>', '</s>']);
    expect(tokens[byteTokenId(0x0a)]).toBe('<0x0A>');
    expect(tokens[byteTokenId(0xff)]).toBe('<0xFF>');
    expect(tokens.length).toBe(FIRST_WORD_ID + 200);
  });

  it('bans bytes 0x80–0xFF and </s> through the constant bias dimension', () => {
    const output = file.tensorData('output.weight');
    expect(output[byteTokenId(0x80) * embd]).toBeLessThan(-10);
    expect(output[byteTokenId(0xff) * embd]).toBeLessThan(-10);
    expect(output[EOS_ID * embd]).toBeLessThan(-10);
    expect(output[FIRST_WORD_ID * embd]).toBe(0);
    // No layer writes to dimension 0, so it keeps its constant through the network.
    expect([...file.tensorData('blk.1.attn_output.weight').subarray(0, embd)].every((v) => v === 0)).toBe(true);
    const ff = file.metadata.get('llama.feed_forward_length') as number;
    expect([...file.tensorData('blk.1.ffn_down.weight').subarray(0, ff)].every((v) => v === 0)).toBe(true);
  });

  it('is reproducible from its seed', () => {
    // Compared as Buffers: a deep equality over half a million elements takes seconds.
    expect(Buffer.from(randomModel({ seed: 1 })).equals(bytes)).toBe(true);
    expect(Buffer.from(randomModel({ seed: 2 })).equals(bytes)).toBe(false);
  });

  it('sizes itself to a byte target by its number of layers', () => {
    const target = 8_000_000;
    const sized = randomModel({ seed: 3, embd: 256, targetBytes: target });
    expect(Math.abs(sized.length - target) / target).toBeLessThan(0.25);
    expect(readGguf(sized).metadata.get('llama.block_count')).toBeGreaterThan(1);
  });
});

describe('scriptedModel', () => {
  it('splits a reply into unique pieces that join back to it', () => {
    const pieces = scriptPieces(isPrimeReply);
    expect(pieces.join('')).toBe(isPrimeReply);
    expect(new Set(pieces).size).toBe(pieces.length);
    expect(pieces.length).toBeGreaterThan(40);
    expect(pieces.some((p) => CHATML_GENERATION_PROMPT.endsWith(p))).toBe(false);
    // A repeat joins its neighbour; a lone newline could be the prompt's last token, so it joins too.
    expect(scriptPieces('a a a')).toEqual(['a', ' a a']);
    expect(scriptPieces('x\n')).toEqual(['x\n']);
  });

  it('is a lookup table: from any token, greedy decoding spells the reply then </s>', () => {
    const bytes = scriptedModel(isPrimeReply);
    const file = readGguf(bytes);
    expectAlignedAndPacked(file, bytes.length);
    const tokens = file.metadata.get('tokenizer.ggml.tokens') as string[];
    expect(new Set(tokens).size).toBe(tokens.length);
    const embd = file.metadata.get('llama.embedding_length') as number;
    expect(tokens.length - FIRST_WORD_ID).toBeLessThanOrEqual(embd - 1);
    const embedding = file.tensorData('token_embd.weight');
    const output = file.tensorData('output.weight');
    const next = (token: number) => {
      const x = embedding.subarray(token * embd, (token + 1) * embd);
      const rms = Math.sqrt(x.reduce((s, v) => s + v * v, 0) / embd + 1e-5);
      const logits = tokens.map((_, t) => output.subarray(t * embd, (t + 1) * embd).reduce((s, w, i) => s + (w * x[i]!) / rms, 0));
      const sorted = [...logits].sort((a, b) => b - a);
      expect(sorted[0]! - sorted[1]!).toBeGreaterThan(100); // no temperature changes the winner
      return logits.indexOf(sorted[0]!);
    };
    for (const start of [byteTokenId(0x0a), 1, 0]) {
      let text = '';
      let token = next(start);
      for (let steps = 0; token !== EOS_ID && steps < 500; steps++) {
        text += tokens[token]!.replaceAll('\u2581', ' ');
        token = next(token);
      }
      expect(token).toBe(EOS_ID);
      expect(text).toBe(isPrimeReply);
    }
  });
});
