/*
 * A GGUF v3 writer for F32 tensors: enough to make small llama-architecture models that llama.cpp
 * (and so wllama) really loads. Pure TypeScript, no Node or DOM APIs, so tests can build models in
 * Node and in the browser alike.
 */

/** GGUF metadata value types (gguf.h). */
export const GGUF_TYPE = { U32: 4, I32: 5, F32: 6, BOOL: 7, STRING: 8, ARRAY: 9 } as const;

/** ggml tensor type of every tensor this writer emits. */
export const GGML_TYPE_F32 = 0;

/** Alignment of the data section and of every tensor in it (written as general.alignment). */
export const GGUF_ALIGNMENT = 32;

/** A metadata value, tagged with the GGUF type it is written as. */
export type GgufValue =
  | { type: 'u32'; value: number }
  | { type: 'i32'; value: number }
  | { type: 'f32'; value: number }
  | { type: 'bool'; value: boolean }
  | { type: 'string'; value: string }
  | { type: 'string[]'; value: readonly string[] }
  | { type: 'f32[]'; value: ArrayLike<number> }
  | { type: 'i32[]'; value: ArrayLike<number> };

/** One F32 tensor. Its data is written straight into the file's buffer, so a 100 MB model is built once, not copied. */
export interface GgufTensor {
  name: string;
  /** Row-major shape, outermost first (e.g. [vocab, embd]). GGUF stores it reversed, as ggml counts dims. */
  shape: readonly number[];
  /** Fills `out` (zeroed, `product(shape)` long) in row-major order. */
  fill: (out: Float32Array) => void;
}

const encoder = new TextEncoder();

/** Little-endian byte sink that grows as needed; the metadata part of a file is small. */
class ByteSink {
  #bytes = new Uint8Array(4096);
  #view = new DataView(this.#bytes.buffer);
  length = 0;

  #reserve(n: number): number {
    if (this.length + n > this.#bytes.length) {
      const grown = new Uint8Array(Math.max(this.#bytes.length * 2, this.length + n));
      grown.set(this.#bytes.subarray(0, this.length));
      this.#bytes = grown;
      this.#view = new DataView(grown.buffer);
    }
    const at = this.length;
    this.length += n;
    return at;
  }

  /** Reserves `n` bytes and returns their offset and a view that is current after growing. */
  #at(n: number): [DataView, number] {
    const at = this.#reserve(n);
    return [this.#view, at];
  }

  u32(v: number): void {
    const [view, at] = this.#at(4);
    view.setUint32(at, v, true);
  }
  i32(v: number): void {
    const [view, at] = this.#at(4);
    view.setInt32(at, v, true);
  }
  f32(v: number): void {
    const [view, at] = this.#at(4);
    view.setFloat32(at, v, true);
  }
  u64(v: number): void {
    const [view, at] = this.#at(8);
    view.setBigUint64(at, BigInt(v), true);
  }
  u8(v: number): void {
    const [view, at] = this.#at(1);
    view.setUint8(at, v);
  }
  bytes(b: Uint8Array): void {
    const at = this.#reserve(b.length); // before reading #bytes: reserving may replace it
    this.#bytes.set(b, at);
  }
  string(s: string): void {
    const b = encoder.encode(s);
    this.u64(b.length);
    this.bytes(b);
  }
  result(): Uint8Array {
    return this.#bytes.subarray(0, this.length);
  }
}

function writeValue(sink: ByteSink, v: GgufValue): void {
  const array = (elementType: number, count: number) => {
    sink.u32(GGUF_TYPE.ARRAY);
    sink.u32(elementType);
    sink.u64(count);
  };
  switch (v.type) {
    case 'u32':
      sink.u32(GGUF_TYPE.U32);
      return sink.u32(v.value);
    case 'i32':
      sink.u32(GGUF_TYPE.I32);
      return sink.i32(v.value);
    case 'f32':
      sink.u32(GGUF_TYPE.F32);
      return sink.f32(v.value);
    case 'bool':
      sink.u32(GGUF_TYPE.BOOL);
      return sink.u8(v.value ? 1 : 0);
    case 'string':
      sink.u32(GGUF_TYPE.STRING);
      return sink.string(v.value);
    case 'string[]':
      array(GGUF_TYPE.STRING, v.value.length);
      return v.value.forEach((s) => sink.string(s));
    case 'f32[]':
      array(GGUF_TYPE.F32, v.value.length);
      for (let i = 0; i < v.value.length; i++) sink.f32(v.value[i]!);
      return;
    case 'i32[]':
      array(GGUF_TYPE.I32, v.value.length);
      for (let i = 0; i < v.value.length; i++) sink.i32(v.value[i]!);
      return;
  }
}

const alignUp = (n: number) => Math.ceil(n / GGUF_ALIGNMENT) * GGUF_ALIGNMENT;

/** Number of elements of a tensor of this shape. */
export const elementCount = (shape: readonly number[]) => shape.reduce((a, b) => a * b, 1);

/**
 * Writes a GGUF v3 file: header, metadata in the given order, tensor infos, then the tensors'
 * F32 data, the data section and every tensor aligned to 32 bytes.
 */
export function writeGguf(metadata: ReadonlyArray<readonly [string, GgufValue]>, tensors: readonly GgufTensor[]): Uint8Array {
  const head = new ByteSink();
  head.bytes(encoder.encode('GGUF'));
  head.u32(3);
  head.u64(tensors.length);
  head.u64(metadata.length);
  for (const [key, value] of metadata) {
    head.string(key);
    writeValue(head, value);
  }
  const offsets: number[] = [];
  let dataSize = 0;
  for (const tensor of tensors) {
    head.string(tensor.name);
    head.u32(tensor.shape.length);
    for (const dim of [...tensor.shape].reverse()) head.u64(dim);
    head.u32(GGML_TYPE_F32);
    head.u64(dataSize);
    offsets.push(dataSize);
    dataSize = alignUp(dataSize + elementCount(tensor.shape) * 4);
  }
  const dataStart = alignUp(head.length);
  const file = new Uint8Array(dataStart + dataSize);
  file.set(head.result());
  tensors.forEach((tensor, i) => {
    // dataStart and every offset are multiples of 32, so the Float32Array view is aligned.
    tensor.fill(new Float32Array(file.buffer, file.byteOffset + dataStart + offsets[i]!, elementCount(tensor.shape)));
  });
  return file;
}
