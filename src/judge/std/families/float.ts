import type { Ty } from '../../check/types';
import { callFloatMethod, floatConstant, makeFloat } from '../../run/floats';
import type { FloatType, FloatValue, Value } from '../../run/values';
import { functions, methods, type RuntimeCall } from '../registry';
import { deref } from '../values';

/** Float methods delegate to the float semantics in run/floats (matched to rustc's results). */
function floatMethod(name: string) {
  return (call: RuntimeCall): Value => {
    const self = deref(call.self) as FloatValue;
    const result = callFloatMethod(name, self, call.args.map(deref));
    if (result === undefined) throw new Error(`float method ${name} is not implemented`);
    return result;
  };
}

const UNARY = [
  'abs', 'sqrt', 'cbrt', 'floor', 'ceil', 'round', 'round_ties_even', 'trunc', 'fract', 'exp', 'exp2', 'exp_m1',
  'ln', 'ln_1p', 'log2', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh',
  'asinh', 'acosh', 'atanh', 'recip', 'to_degrees', 'to_radians', 'signum',
];
const PREDICATES = ['is_nan', 'is_finite', 'is_infinite', 'is_normal', 'is_subnormal', 'is_sign_negative', 'is_sign_positive'];
const BINARY = ['powf', 'max', 'min', 'atan2', 'hypot', 'log', 'copysign', 'div_euclid', 'rem_euclid'];

export const floatMethods = methods('float', {
  ...Object.fromEntries(UNARY.map((name) => [name, ['fn(self) -> Self', floatMethod(name)]])),
  ...Object.fromEntries(PREDICATES.map((name) => [name, ['fn(self) -> bool', floatMethod(name)]])),
  ...Object.fromEntries(BINARY.map((name) => [name, ['fn(self, Self) -> Self', floatMethod(name)]])),
  powi: ['fn(self, i32) -> Self', floatMethod('powi')],
  mul_add: ['fn(self, Self, Self) -> Self', floatMethod('mul_add')],
  clamp: ['fn(self, Self, Self) -> Self', floatMethod('clamp')],
  total_cmp: ['fn(&self, &Self) -> Ordering', floatMethod('total_cmp')],
});

function floatTy(ty: Ty | null): FloatType {
  return ty?.k === 'float' ? ty.ty : 'f64';
}

const constant = (name: string) => (_args: Value[], types: { self: Ty | null }) => {
  const value = floatConstant(floatTy(types.self), name);
  if (!value) throw new Error(`no float constant ${name}`);
  return value;
};

const TYPE_CONSTS = ['MAX', 'MIN', 'MIN_POSITIVE', 'EPSILON', 'INFINITY', 'NEG_INFINITY', 'NAN'];
const MODULE_CONSTS = ['PI', 'TAU', 'E', 'SQRT_2', 'FRAC_1_SQRT_2', 'LN_2', 'LN_10', 'LOG2_E', 'LOG10_E', 'FRAC_PI_2', 'FRAC_PI_3', 'FRAC_PI_4', 'FRAC_PI_6', 'FRAC_PI_8', 'FRAC_1_PI', 'FRAC_2_PI'];

export const floatFunctions = [
  ...functions(
    {
      ...Object.fromEntries(TYPE_CONSTS.map((name) => [`float::${name}`, ['fn() -> Self', constant(name)]])),
      // std::f64::consts::PI and std::f32::consts::PI
      ...Object.fromEntries(
        (['f64', 'f32'] as const).flatMap((ty) =>
          MODULE_CONSTS.map((name) => [`${ty}::consts::${name}`, [`fn() -> ${ty}`, () => floatConstant(ty, name)!]]),
        ),
      ),
    },
    true,
  ),
  ...functions({
    'float::from': [
      'fn<A>(A) -> Self',
      {
        run: (args, t) => makeFloat(floatTy(t.self), Number((deref(args[0]!) as { v: number | bigint }).v)),
        obligations: (ctx) => [{ trait: 'Into', from: ctx.generics[0]!, ty: ctx.selfTy }],
      },
    ],
  }),
];
