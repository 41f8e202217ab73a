import { adt, isFloatType, isIntType, iter, type Ty } from '../check/types';
import type { SigType } from './sig';

/**
 * Turns a signature type into a checker type. `names` binds the family's parameters (T, K, V,
 * Item, Self) and the method's generics. Names not bound are std types or primitives.
 */
export function instantiate(type: SigType, names: Map<string, Ty>, self: Ty): Ty {
  const go = (t: SigType): Ty => instantiate(t, names, self);
  switch (type.k) {
    case 'ref':
      return { k: 'ref', mut: type.mut, inner: go(type.inner) };
    case 'tuple':
      return { k: 'tuple', elems: type.elems.map(go) };
    case 'slice':
      return { k: 'slice', elem: go(type.elem) };
    case 'closure':
      return { k: 'fn', params: type.params.map(go), ret: go(type.ret), origin: 'closure' };
    case 'name': {
      const { name, args } = type;
      if (name === 'Self') return self;
      const bound = names.get(name);
      if (bound) return bound;
      if (isIntType(name)) return { k: 'int', ty: name };
      if (isFloatType(name)) return { k: 'float', ty: name };
      if (name === 'bool' || name === 'char' || name === 'str') return { k: name };
      // Iterators: Iter<X> is double-ended and exact-size; IterFwd<X> neither; IterDe<X> double-ended only.
      if (name === 'Iter') return iter(go(args[0]!));
      if (name === 'IterDe') return iter(go(args[0]!), { exactSize: false });
      if (name === 'IterFwd') return iter(go(args[0]!), { doubleEnded: false, exactSize: false });
      if (name === 'Never') return { k: 'never' };
      return adt(name, args.map(go));
    }
  }
}
