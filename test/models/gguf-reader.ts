/*
 * Reads back what gguf-writer.ts writes (GGUF v3, scalar, string and array metadata, F32
 * tensors), independently of it, so tests can check a generated model's layout.
 */

/** A metadata value as read: numbers, booleans, strings, or arrays of them. */
export type GgufReadValue = number | boolean | string | Array<number | boolean | string>;

export interface GgufTensorInfo {
  name: string;
  /** Dimensions as stored (ggml order: innermost first). */
  dims: number[];
  ggmlType: number;
  /** Relative to the data section. */
  offset: number;
}

export interface GgufFile {
  version: number;
  metadata: Map<string, GgufReadValue>;
  /** The GGUF type code of each metadata value (arrays: 9). */
  metadataTypes: Map<string, number>;
  tensors: GgufTensorInfo[];
  /** Absolute offset of the data section. */
  dataOffset: number;
  /** The F32 elements of a tensor (a view on the file's bytes). */
  tensorData(name: string): Float32Array;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Parses a GGUF v3 file; throws on anything it does not understand. */
export function readGguf(bytes: Uint8Array): GgufFile {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  const u32 = () => ((at += 4), view.getUint32(at - 4, true));
  const u64 = () => ((at += 8), Number(view.getBigUint64(at - 8, true)));
  const string = () => {
    const length = u64();
    at += length;
    return decoder.decode(bytes.subarray(at - length, at));
  };
  const scalar = (type: number): number | boolean | string => {
    switch (type) {
      case 4:
        return u32();
      case 5:
        return (at += 4), view.getInt32(at - 4, true);
      case 6:
        return (at += 4), view.getFloat32(at - 4, true);
      case 7:
        return view.getUint8(at++) !== 0;
      case 8:
        return string();
      default:
        throw new Error(`unsupported GGUF value type ${type} at byte ${at}`);
    }
  };

  if (decoder.decode(bytes.subarray(0, 4)) !== 'GGUF') throw new Error('not a GGUF file');
  at = 4;
  const version = u32();
  const tensorCount = u64();
  const kvCount = u64();
  const metadata = new Map<string, GgufReadValue>();
  const metadataTypes = new Map<string, number>();
  for (let i = 0; i < kvCount; i++) {
    const key = string();
    const type = u32();
    metadataTypes.set(key, type);
    if (type === 9) {
      const elementType = u32();
      const count = u64();
      metadata.set(key, Array.from({ length: count }, () => scalar(elementType)));
    } else {
      metadata.set(key, scalar(type));
    }
  }
  const tensors: GgufTensorInfo[] = [];
  for (let i = 0; i < tensorCount; i++) {
    const name = string();
    const nDims = u32();
    const dims = Array.from({ length: nDims }, () => u64());
    tensors.push({ name, dims, ggmlType: u32(), offset: u64() });
  }
  const alignment = Number(metadata.get('general.alignment') ?? 32);
  const dataOffset = Math.ceil(at / alignment) * alignment;
  return {
    version,
    metadata,
    metadataTypes,
    tensors,
    dataOffset,
    tensorData(name) {
      const info = tensors.find((t) => t.name === name);
      if (!info) throw new Error(`no tensor ${name}`);
      const count = info.dims.reduce((a, b) => a * b, 1);
      const start = bytes.byteOffset + dataOffset + info.offset;
      return new Float32Array(bytes.buffer.slice(start, start + count * 4));
    },
  };
}
