/**
 * A compact notation for std method signatures, parsed once:
 *   "fn(&self) -> usize"
 *   "fn<B>(self, FnMut(Item) -> B) -> Map<B>"
 *   "fn<K: Ord>(&mut self, FnMut(&T) -> K)"
 * Names are resolved when the signature is instantiated for a receiver (see instantiate.ts).
 */

export type SigType =
  | { k: 'name'; name: string; args: SigType[] }
  | { k: 'ref'; mut: boolean; inner: SigType }
  | { k: 'tuple'; elems: SigType[] }
  | { k: 'slice'; elem: SigType }
  | { k: 'closure'; trait: 'Fn' | 'FnMut' | 'FnOnce'; params: SigType[]; ret: SigType };

export type SelfMode = 'value' | 'ref' | 'refMut';

export interface SigFn {
  generics: { name: string; bounds: string[] }[];
  /** null for associated functions (no self). */
  self: SelfMode | null;
  params: SigType[];
  ret: SigType;
}

const UNIT: SigType = { k: 'tuple', elems: [] };

/** Parses one signature; throws on malformed notation (a bug in a table, caught by tests). */
export function parseSig(text: string): SigFn {
  const tokens = text.match(/->|::|[A-Za-z_][A-Za-z_0-9]*|[&<>(),:;[\]+]|\d+/g) ?? [];
  let pos = 0;
  const peek = () => tokens[pos];
  const next = () => {
    const token = tokens[pos++];
    if (token === undefined) throw new Error(`unexpected end of signature: ${text}`);
    return token;
  };
  const expect = (token: string) => {
    const got = next();
    if (got !== token) throw new Error(`expected ${token}, got ${got} in signature: ${text}`);
  };

  function type(): SigType {
    const token = next();
    if (token === '&') {
      const mut = peek() === 'mut';
      if (mut) pos++;
      return { k: 'ref', mut, inner: type() };
    }
    if (token === '(') {
      const elems: SigType[] = [];
      while (peek() !== ')') {
        elems.push(type());
        if (peek() === ',') pos++;
      }
      expect(')');
      return { k: 'tuple', elems };
    }
    if (token === '[') {
      const elem = type();
      expect(']');
      return { k: 'slice', elem };
    }
    if (token === 'Fn' || token === 'FnMut' || token === 'FnOnce') {
      expect('(');
      const params: SigType[] = [];
      while (peek() !== ')') {
        params.push(type());
        if (peek() === ',') pos++;
      }
      expect(')');
      let ret = UNIT;
      if (peek() === '->') {
        pos++;
        ret = type();
      }
      return { k: 'closure', trait: token, params, ret };
    }
    const args: SigType[] = [];
    if (peek() === '<') {
      pos++;
      while (peek() !== '>') {
        args.push(type());
        if (peek() === ',') pos++;
      }
      expect('>');
    }
    return { k: 'name', name: token, args };
  }

  expect('fn');
  const generics: SigFn['generics'] = [];
  if (peek() === '<') {
    pos++;
    while (peek() !== '>') {
      const name = next();
      const bounds: string[] = [];
      if (peek() === ':') {
        pos++;
        bounds.push(next());
        while (peek() === '+') {
          pos++;
          bounds.push(next());
        }
      }
      generics.push({ name, bounds });
      if (peek() === ',') pos++;
    }
    expect('>');
  }
  expect('(');
  let self: SelfMode | null = null;
  const params: SigType[] = [];
  if (peek() === 'self') {
    pos++;
    self = 'value';
  } else if (peek() === '&' && (tokens[pos + 1] === 'self' || (tokens[pos + 1] === 'mut' && tokens[pos + 2] === 'self'))) {
    pos++;
    self = peek() === 'mut' ? 'refMut' : 'ref';
    if (self === 'refMut') pos++;
    pos++;
  }
  if (self && peek() === ',') pos++;
  while (peek() !== ')') {
    params.push(type());
    if (peek() === ',') pos++;
  }
  expect(')');
  let ret = UNIT;
  if (peek() === '->') {
    pos++;
    ret = type();
  }
  if (pos !== tokens.length) throw new Error(`trailing tokens in signature: ${text}`);
  return { generics, self, params, ret };
}
