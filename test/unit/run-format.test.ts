/**
 * Rust formatting, measured against rustc 1.95.0. Every expected string in the tables below was
 * printed by a throwaway Rust program (`rustc --edition 2021`, debug build) running the same
 * `format!` call; the cases were then copied here as literals. Derived `Debug` types used there:
 *   struct Point { x: i32, y: i32 }   struct Meters(i32)   struct Unit;   struct Empty {}
 *   enum Shape { Circle { r: f64 }, Square(f64), Nothing, Rect { w: u32, h: u32 } }
 *   struct Line { a: Point, b: Point }   struct Wrapper(Vec<i32>, (i32, char))
 *   struct Person { name: String, age: u8, tags: Vec<&'static str>, nick: Option<String> }
 * In addition, 1.16 million float formats (random f64/f32 bit patterns, powers of two and ten,
 * "human" decimals; Display, Debug, {:e}, {:E}, {:.3}, {:.2e}, {:.0}) were compared with rustc's
 * output once; FLOAT_SAMPLES keeps a sample of them, including the exact ties where rustc's
 * shortest digits differ from JavaScript's.
 */
import { describe, expect, it } from 'vitest';
import { checkFormatArguments, isFormatError, parseFormatString, type FormatPlaceholder } from '../../src/judge/run/format-spec';
import { DEBUG_SPEC, DISPLAY_SPEC, formatArguments, formatValue, type FormatHooks, type ResolvedSpec } from '../../src/judge/run/format-value';
import { compareValues, keyOf, partialCompareValues, valuesEqual } from '../../src/judge/run/format';
import { parseFloatResult } from '../../src/judge/run/floats';
import { callIntStatic, errValue, noneValue, okValue, parseIntegerResult, someValue } from '../../src/judge/run/integers';
import type { AdtValue, FloatType, IntType, Value } from '../../src/judge/run/values';

// ---- value builders
const I = (ty: IntType, v: bigint): Value => ({ k: 'int', ty, v });
const F64 = (v: number): Value => ({ k: 'float', ty: 'f64', v });
const F32 = (v: number): Value => ({ k: 'float', ty: 'f32', v: Math.fround(v) });
const S = (v: string): Value => ({ k: 'str', v });
const ST = (v: string): Value => ({ k: 'string', v });
const C = (v: string): Value => ({ k: 'char', v });
const B = (v: boolean): Value => ({ k: 'bool', v });
const UNIT: Value = { k: 'unit' };
const T = (...items: Value[]): Value => ({ k: 'tuple', items });
const VEC = (...items: Value[]): Value => ({ k: 'vec', items });
const ARR = (...items: Value[]): Value => ({ k: 'array', items });
const SLICE = (items: Value[], start: number, end: number): Value => ({ k: 'slice', items, start, end });
const SOME = (v: Value): Value => someValue(v);
const NONE: Value = noneValue();
const OK = (v: Value): Value => okValue(v);
const ERR = (v: Value): Value => errValue(v);
const BOX = (value: Value): Value => ({ k: 'box', value });
const REF = (v: Value): Value => ({ k: 'ref', mutable: false, place: { get: () => v, set: () => {} } });
const adt = (name: string, variant: string | null, fields: Value[], fieldNames: string[] | null): AdtValue => ({
  k: 'adt',
  name,
  variant,
  fields,
  fieldNames,
});
const STRUCT = (name: string, fields: Record<string, Value>): Value => adt(name, null, Object.values(fields), Object.keys(fields));
const TSTRUCT = (name: string, ...fields: Value[]): Value => adt(name, null, fields, null);
const UNITS = (name: string): Value => adt(name, null, [], null);
const VSTRUCT = (en: string, v: string, fields: Record<string, Value>): Value => adt(en, v, Object.values(fields), Object.keys(fields));
const VTUPLE = (en: string, v: string, ...fields: Value[]): Value => adt(en, v, fields, null);
const VUNIT = (en: string, v: string): Value => adt(en, v, [], null);
const MAP = (kind: 'HashMap' | 'BTreeMap', entries: [Value, Value][]): Value => ({
  k: 'map',
  kind,
  entries: new Map(entries.map(([key, v]) => [keyOf(key), [key, v]])),
});
const SET = (kind: 'HashSet' | 'BTreeSet', items: Value[]): Value => ({ k: 'set', kind, entries: new Map(items.map((x) => [keyOf(x), x])) });
const RANGE = (start: Value | null, end: Value | null, inclusive: boolean): Value => ({ k: 'range', start, end, inclusive });
const PIE = (text: string, ty: IntType): Value => parseIntegerResult(text, ty).fields[0]!;
const PFE = (text: string): Value => parseFloatResult(text, 'f64').fields[0]!;
const PAYLOAD = (result: Value | undefined): Value => (result as AdtValue).fields[0]!;

function render(template: string, args: Value[], named: Record<string, Value> = {}, hooks?: FormatHooks): string {
  const pieces = parseFormatString(template);
  if (isFormatError(pieces)) throw new Error(pieces.message);
  return formatArguments(pieces, args, new Map(Object.entries(named)), hooks);
}

const CASES: [string, Value[], string][] = [
  ["{}", [I('i32', 0n)], "0"],
  ["{}", [I('i32', -17n)], "-17"],
  ["{}", [I('i8', -128n)], "-128"],
  ["{}", [I('i8', 127n)], "127"],
  ["{}", [I('i16', -32768n)], "-32768"],
  ["{}", [I('u16', 65535n)], "65535"],
  ["{}", [I('i32', -2147483648n)], "-2147483648"],
  ["{}", [I('u32', 4294967295n)], "4294967295"],
  ["{}", [I('i64', -9223372036854775808n)], "-9223372036854775808"],
  ["{}", [I('u64', 18446744073709551615n)], "18446744073709551615"],
  ["{}", [I('i128', -170141183460469231731687303715884105728n)], "-170141183460469231731687303715884105728"],
  ["{}", [I('i128', 170141183460469231731687303715884105727n)], "170141183460469231731687303715884105727"],
  ["{}", [I('u128', 340282366920938463463374607431768211455n)], "340282366920938463463374607431768211455"],
  ["{}", [I('isize', -9223372036854775808n)], "-9223372036854775808"],
  ["{}", [I('usize', 18446744073709551615n)], "18446744073709551615"],
  ["{:5}", [I('i32', 42n)], "   42"],
  ["{:<5}|", [I('i32', 42n)], "42   |"],
  ["{:^5}|", [I('i32', 42n)], " 42  |"],
  ["{:^6}|", [I('i32', 42n)], "  42  |"],
  ["{:>5}", [I('i32', -42n)], "  -42"],
  ["{:05}", [I('i32', 42n)], "00042"],
  ["{:05}", [I('i32', -42n)], "-0042"],
  ["{:+}", [I('i32', 42n)], "+42"],
  ["{:+}", [I('i32', 0n)], "+0"],
  ["{:+05}", [I('i32', 42n)], "+0042"],
  ["{:*^9}", [I('i32', 7n)], "****7****"],
  ["{:-^9}", [I('i32', -7n)], "----7----"],
  ["{:<05}", [I('i32', 7n)], "00007"],
  ["{:^05}", [I('i32', -7n)], "-0007"],
  ["{:2}", [I('i32', 12345n)], "12345"],
  ["{:#}", [I('i32', 5n)], "5"],
  ["{:.3}", [I('i32', 5n)], "5"],
  ["{:08.3}", [I('i32', -5n)], "-0000005"],
  ["{:0}", [I('i32', 5n)], "5"],
  ["{:é>4}", [I('u8', 9n)], "ééé9"],
  ["{:x}", [I('i32', 255n)], "ff"],
  ["{:X}", [I('i32', 255n)], "FF"],
  ["{:#x}", [I('i32', 255n)], "0xff"],
  ["{:#X}", [I('u64', 48879n)], "0xBEEF"],
  ["{:b}", [I('u8', 5n)], "101"],
  ["{:#b}", [I('u8', 5n)], "0b101"],
  ["{:o}", [I('i32', 8n)], "10"],
  ["{:#o}", [I('i32', 8n)], "0o10"],
  ["{:x}", [I('i8', -1n)], "ff"],
  ["{:x}", [I('i32', -1n)], "ffffffff"],
  ["{:b}", [I('i8', -2n)], "11111110"],
  ["{:o}", [I('i16', -1n)], "177777"],
  ["{:X}", [I('i64', -9223372036854775808n)], "8000000000000000"],
  ["{:x}", [I('u128', 340282366920938463463374607431768211455n)], "ffffffffffffffffffffffffffffffff"],
  ["{:x}", [I('i128', -170141183460469231731687303715884105728n)], "80000000000000000000000000000000"],
  ["{:#010x}", [I('i32', 255n)], "0x000000ff"],
  ["{:010x}", [I('i32', 255n)], "00000000ff"],
  ["{:#10x}", [I('i32', 255n)], "      0xff"],
  ["{:<#10x}|", [I('i32', 255n)], "0xff      |"],
  ["{:+#x}", [I('i32', 1n)], "+0x1"],
  ["{:#b}", [I('i32', 0n)], "0b0"],
  ["{:08b}", [I('u8', 19n)], "00010011"],
  ["{:#010b}", [I('u8', 5n)], "0b00000101"],
  ["{:x}", [I('isize', -2n)], "fffffffffffffffe"],
  ["{:x}", [I('usize', 4096n)], "1000"],
  ["{:e}", [I('i32', 0n)], "0e0"],
  ["{:e}", [I('i32', 1n)], "1e0"],
  ["{:e}", [I('i32', 1234n)], "1.234e3"],
  ["{:E}", [I('i32', 1200n)], "1.2E3"],
  ["{:e}", [I('i32', -1500n)], "-1.5e3"],
  ["{:e}", [I('u64', 18446744073709551615n)], "1.8446744073709551615e19"],
  ["{:e}", [I('u128', 340282366920938463463374607431768211455n)], "3.40282366920938463463374607431768211455e38"],
  ["{:.2e}", [I('i32', 1234n)], "1.23e3"],
  ["{:.2e}", [I('i32', 1235n)], "1.24e3"],
  ["{:.2e}", [I('i32', 1245n)], "1.24e3"],
  ["{:.2e}", [I('i32', 12451n)], "1.25e4"],
  ["{:.1e}", [I('i32', 995n)], "1.0e3"],
  ["{:.0e}", [I('i32', 25n)], "2e1"],
  ["{:.0e}", [I('i32', 35n)], "4e1"],
  ["{:.5e}", [I('i32', 12n)], "1.20000e1"],
  ["{:.3e}", [I('i32', 0n)], "0.000e0"],
  ["{:10e}", [I('i32', 1234n)], "   1.234e3"],
  ["{:010e}", [I('i32', -1234n)], "-001.234e3"],
  ["{:+e}", [I('i32', 5n)], "+5e0"],
  ["{:.1e}", [I('i32', 9999n)], "1.0e4"],
  ["{}", [F64(0.0)], "0"],
  ["{}", [F64(-0.0)], "-0"],
  ["{}", [F64(1.0)], "1"],
  ["{}", [F64(1.5)], "1.5"],
  ["{}", [F64(-2.25)], "-2.25"],
  ["{}", [F64(0.1+0.2)], "0.30000000000000004"],
  ["{}", [F64(1e21)], "1000000000000000000000"],
  ["{}", [F64(1e-7)], "0.0000001"],
  ["{}", [F64(1e16)], "10000000000000000"],
  ["{}", [F64(123456789.125)], "123456789.125"],
  ["{}", [F64(Number.MAX_VALUE)], "179769313486231570000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"],
  ["{}", [F64(2.2250738585072014e-308)], "0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000022250738585072014"],
  ["{}", [F64(NaN)], "NaN"],
  ["{}", [F64(Infinity)], "inf"],
  ["{}", [F64(-Infinity)], "-inf"],
  ["{}", [F64(5e-324)], "0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000005"],
  ["{}", [F64(1e100)], "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"],
  ["{}", [F64(1/3)], "0.3333333333333333"],
  ["{}", [F64(0.3)], "0.3"],
  ["{}", [F64(Math.sqrt(2))], "1.4142135623730951"],
  ["{}", [F64(Math.PI)], "3.141592653589793"],
  ["{}", [F64(100.0)], "100"],
  ["{}", [F64(0.000123)], "0.000123"],
  ["{}", [F32(Math.fround(0.1))], "0.1"],
  ["{:?}", [F32(Math.fround(0.1))], "0.1"],
  ["{}", [F32(Math.fround(Math.fround(0.1)+Math.fround(0.2)))], "0.3"],
  ["{}", [F32(Math.fround(1/3))], "0.33333334"],
  ["{:?}", [F32(3.4028234663852886e38)], "3.4028235e38"],
  ["{}", [F32(3.4028234663852886e38)], "340282350000000000000000000000000000000"],
  ["{:?}", [F32(1.1754943508222875e-38)], "1.1754944e-38"],
  ["{:?}", [F32(1.1920928955078125e-7)], "1.1920929e-7"],
  ["{}", [F32(16777216)], "16777216"],
  ["{:?}", [F32(Math.fround(1e16))], "1e16"],
  ["{:?}", [F32(Math.fround(1e-45))], "1e-45"],
  ["{:?}", [F32(Math.fround(Math.PI))], "3.1415927"],
  ["{:.3}", [F32(2.5)], "2.500"],
  ["{:e}", [F32(1234.5)], "1.2345e3"],
  ["{:?}", [F64(Math.fround(0.1))], "0.10000000149011612"],
  ["{:?}", [F32(7)], "7.0"],
  ["{:?}", [F32(Math.fround(0.00001))], "1e-5"],
  ["{}", [F32(Math.fround(123456.79))], "123456.79"],
  ["{:?}", [F64(1.0)], "1.0"],
  ["{:?}", [F64(0.0)], "0.0"],
  ["{:?}", [F64(-0.0)], "-0.0"],
  ["{:?}", [F64(1.5)], "1.5"],
  ["{:?}", [F64(1e15)], "1000000000000000.0"],
  ["{:?}", [F64(1e16)], "1e16"],
  ["{:?}", [F64(1.5e16)], "1.5e16"],
  ["{:?}", [F64(1e100)], "1e100"],
  ["{:?}", [F64(0.0001)], "0.0001"],
  ["{:?}", [F64(0.00001)], "1e-5"],
  ["{:?}", [F64(1.2345e-7)], "1.2345e-7"],
  ["{:?}", [F64(NaN)], "NaN"],
  ["{:?}", [F64(-Infinity)], "-inf"],
  ["{:?}", [F64(0.1+0.2)], "0.30000000000000004"],
  ["{:?}", [F64(123456789012345.6)], "123456789012345.6"],
  ["{:?}", [F64(-1e-300)], "-1e-300"],
  ["{:?}", [F64(Number.MAX_VALUE)], "1.7976931348623157e308"],
  ["{:?}", [F64(5e-324)], "5e-324"],
  ["{:.2?}", [F64(1.0)], "1.00"],
  ["{:8?}", [F64(1.5)], "     1.5"],
  ["{:+?}", [F64(1.0)], "+1.0"],
  ["{:.2}", [F64(3.14159)], "3.14"],
  ["{:.0}", [F64(0.5)], "0"],
  ["{:.0}", [F64(1.5)], "2"],
  ["{:.0}", [F64(2.5)], "2"],
  ["{:.1}", [F64(0.25)], "0.2"],
  ["{:.1}", [F64(0.35)], "0.3"],
  ["{:.1}", [F64(0.05)], "0.1"],
  ["{:.2}", [F64(1.005)], "1.00"],
  ["{:.3}", [F64(2.0005)], "2.001"],
  ["{:.1}", [F64(-0.04)], "-0.0"],
  ["{:.2}", [F64(-0.0)], "-0.00"],
  ["{:.20}", [F64(0.1)], "0.10000000000000000555"],
  ["{:.30}", [F64(1e-10)], "0.000000000100000000000000003643"],
  ["{:.2}", [F64(1e21)], "1000000000000000000000.00"],
  ["{:.1}", [F64(1e300)], "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.0"],
  ["{:.3}", [F64(NaN)], "NaN"],
  ["{:.3}", [F64(Infinity)], "inf"],
  ["{:8.2}", [F64(3.14159)], "    3.14"],
  ["{:<8.2}|", [F64(3.14159)], "3.14    |"],
  ["{:^9.2}|", [F64(-3.14159)], "  -3.14  |"],
  ["{:08.2}", [F64(-3.14159)], "-0003.14"],
  ["{:+08.2}", [F64(3.14159)], "+0003.14"],
  ["{:+.1}", [F64(0.0)], "+0.0"],
  ["{:+}", [F64(-0.0)], "-0"],
  ["{:+}", [F64(NaN)], "NaN"],
  ["{:+}", [F64(Infinity)], "+inf"],
  ["{:010}", [F64(-Infinity)], "-000000inf"],
  ["{:05}", [F64(NaN)], "00NaN"],
  ["{:*>8}", [F64(1.5)], "*****1.5"],
  ["{:08}", [F64(1e-7)], "0.0000001"],
  ["{:.*}", [I('usize', 3n), F64(2.0)], "2.000"],
  ["{:1$}", [F64(2.5), I('usize', 6n)], "   2.5"],
  ["{:.1$}", [F64(2.5), I('usize', 3n)], "2.500"],
  ["{:2$.1$}", [F64(2.5), I('usize', 3n), I('usize', 9n)], "    2.500"],
  ["{0:.1$} {0}", [F64(0.125), I('usize', 2n)], "0.12 0.125"],
  ["{:e}", [F64(0.0)], "0e0"],
  ["{:e}", [F64(1.0)], "1e0"],
  ["{:e}", [F64(1234.5)], "1.2345e3"],
  ["{:E}", [F64(0.00012)], "1.2E-4"],
  ["{:e}", [F64(-1e-7)], "-1e-7"],
  ["{:e}", [F64(1e100)], "1e100"],
  ["{:.2e}", [F64(1234.5)], "1.23e3"],
  ["{:.0e}", [F64(2.5)], "2e0"],
  ["{:.0e}", [F64(3.5)], "4e0"],
  ["{:.3e}", [F64(0.0)], "0.000e0"],
  ["{:12.3e}", [F64(123456.0)], "     1.235e5"],
  ["{:+e}", [F64(1.0)], "+1e0"],
  ["{:e}", [F64(Infinity)], "inf"],
  ["{:.2e}", [F64(9.999)], "1.00e1"],
  ["{:e}", [F64(5e-324)], "5e-324"],
  ["{}", [B(true)], "true"],
  ["{:>6}", [B(false)], " false"],
  ["{:.2}", [B(true)], "tr"],
  ["{:?}", [B(true)], "true"],
  ["{:6?}|", [B(true)], "true  |"],
  ["{:^7}|", [B(true)], " true  |"],
  ["{}", [C("a")], "a"],
  ["{:?}", [C("a")], "'a'"],
  ["{:?}", [C("'")], "'\\''"],
  ["{:?}", [C("\"")], "'\"'"],
  ["{:?}", [C("\n")], "'\\n'"],
  ["{:?}", [C("\u0301")], "'\\u{301}'"],
  ["{:?}", [C("\u007f")], "'\\u{7f}'"],
  ["{:?}", [C("\0")], "'\\0'"],
  ["{:?}", [C("é")], "'é'"],
  ["{:>3}", [C("x")], "  x"],
  ["{:3?}|", [C("x")], "'x'|"],
  ["{:.0}|", [C("x")], "|"],
  ["{:?}", [C("\\")], "'\\\\'"],
  ["{:?}", [C("\u200b")], "'\\u{200b}'"],
  ["{:?}", [C("\u00a0")], "'\\u{a0}'"],
  ["{:?}", [C(" ")], "' '"],
  ["{}", [S("hello")], "hello"],
  ["{:10}|", [S("hi")], "hi        |"],
  ["{:>10}|", [S("hi")], "        hi|"],
  ["{:^9}|", [S("hi")], "   hi    |"],
  ["{:*^8}|", [S("hi")], "***hi***|"],
  ["{:.3}", [S("hello")], "hel"],
  ["{:>8.3}|", [S("hello")], "     hel|"],
  ["{:5}|", [S("héllo wörld")], "héllo wörld|"],
  ["{:.2}", [S("héllo")], "hé"],
  ["{:^7}|", [S("日本")], "  日本   |"],
  ["{:05}", [S("ab")], "ab   "],
  ["{:+}", [S("ab")], "ab"],
  ["{:?}", [S("hello")], "\"hello\""],
  ["{:?}", [S("a\"b\n")], "\"a\\\"b\\n\""],
  ["{:?}", [S("it's")], "\"it's\""],
  ["{:?}", [S("tab\there\\")], "\"tab\\there\\\\\""],
  ["{:?}", [S("\r\0\u001b")], "\"\\r\\0\\u{1b}\""],
  ["{:?}", [S("e\u0301")], "\"e\\u{301}\""],
  ["{:?}", [S("\u0301x")], "\"\\u{301}x\""],
  ["{:?}", [S("日本語 ünïcödé 🎉")], "\"日本語 ünïcödé 🎉\""],
  ["{:10?}|", [S("hi")], "\"hi\"|"],
  ["{:?}", [S("\ufeff\u00ad")], "\"\\u{feff}\\u{ad}\""],
  ["{:?}", [S("\u2028")], "\"\\u{2028}\""],
  ["{:?}", [S("\ue000")], "\"\\u{e000}\""],
  ["{}", [ST("owned")], "owned"],
  ["{:?}", [ST("owned")], "\"owned\""],
  ["{:>7}", [ST("abc")], "    abc"],
  ["{:#?}", [ST("x\ny")], "\"x\\ny\""],
  ["{:?}", [UNIT], "()"],
  ["{:4?}|", [UNIT], "()  |"],
  ["{:?}", [T(I('i32', 1n))], "(1,)"],
  ["{:?}", [T(I('i32', 1n), S("a"))], "(1, \"a\")"],
  ["{:?}", [T(I('i32', 1n), F64(2.0), C("c"), B(false))], "(1, 2.0, 'c', false)"],
  ["{:#?}", [T(I('i32', 1n), S("a"))], "(\n    1,\n    \"a\",\n)"],
  ["{:#?}", [T(I('i32', 1n))], "(\n    1,\n)"],
  ["{:?}", [T(T(I('i32', 1n), I('i32', 2n)), UNIT)], "((1, 2), ())"],
  ["{:5?}", [T(I('i32', 1n), S("ab"))], "(    1, \"ab\")"],
  ["{:?}", [VEC(I('i32', 1n), I('i32', 2n), I('i32', 3n))], "[1, 2, 3]"],
  ["{:?}", [VEC()], "[]"],
  ["{:#?}", [VEC()], "[]"],
  ["{:?}", [ARR(F64(1.0), F64(2.5))], "[1.0, 2.5]"],
  ["{:?}", [VEC(S("a"), S("b"))], "[\"a\", \"b\"]"],
  ["{:?}", [VEC(ST("a"), ST("b\""))], "[\"a\", \"b\\\"\"]"],
  ["{:?}", [VEC(C("x"), C("'"))], "['x', '\\'']"],
  ["{:?}", [SLICE([I('i32', 1n), I('i32', 2n), I('i32', 3n), I('i32', 4n)], 1, 3)], "[2, 3]"],
  ["{:#?}", [VEC(I('i32', 1n), I('i32', 2n))], "[\n    1,\n    2,\n]"],
  ["{:?}", [VEC(VEC(I('i32', 1n)), VEC())], "[[1], []]"],
  ["{:#?}", [VEC(VEC(I('i32', 1n), I('i32', 2n)), VEC())], "[\n    [\n        1,\n        2,\n    ],\n    [],\n]"],
  ["{:5?}", [VEC(I('i32', 1n), I('i32', 2n))], "[    1,     2]"],
  ["{:<3?}|", [VEC(I('i32', 1n), I('i32', 2n))], "[1  , 2  ]|"],
  ["{:05?}", [VEC(I('i32', -1n), I('i32', 2n))], "[-0001, 00002]"],
  ["{:.1?}", [VEC(F64(1.25), F64(2.0))], "[1.2, 2.0]"],
  ["{:x?}", [VEC(I('i32', 10n), I('i32', 255n))], "[a, ff]"],
  ["{:X?}", [VEC(I('i32', 10n), I('i32', 255n))], "[A, FF]"],
  ["{:#x?}", [VEC(I('i32', 10n))], "[\n    0xa,\n]"],
  ["{:+?}", [VEC(I('i32', 1n), I('i32', -1n))], "[+1, -1]"],
  ["{:?}", [VEC(T(I('i32', 1n), S("a")), T(I('i32', 2n), S("b")))], "[(1, \"a\"), (2, \"b\")]"],
  ["{:?}", [ARR(B(true), B(false))], "[true, false]"],
  ["{:?}", [VEC(UNIT, UNIT)], "[(), ()]"],
  ["{:?}", [SOME(I('i32', 3n))], "Some(3)"],
  ["{:?}", [NONE], "None"],
  ["{:?}", [OK(S("x"))], "Ok(\"x\")"],
  ["{:?}", [ERR(ST("bad"))], "Err(\"bad\")"],
  ["{:?}", [SOME(ST("s"))], "Some(\"s\")"],
  ["{:?}", [SOME(SOME(I('i32', 1n)))], "Some(Some(1))"],
  ["{:?}", [SOME(NONE)], "Some(None)"],
  ["{:#?}", [SOME(I('i32', 3n))], "Some(\n    3,\n)"],
  ["{:#?}", [NONE], "None"],
  ["{:>10?}|", [SOME(I('i32', 1n))], "Some(         1)|"],
  ["{:6?}|", [NONE], "None|"],
  ["{:?}", [SOME(T(I('i32', 1n), I('i32', 2n)))], "Some((1, 2))"],
  ["{:#?}", [SOME(VEC(I('i32', 1n)))], "Some(\n    [\n        1,\n    ],\n)"],
  ["{:?}", [BOX(I('i32', 5n))], "5"],
  ["{}", [BOX(I('i32', 5n))], "5"],
  ["{:?}", [BOX(SOME(S("b")))], "Some(\"b\")"],
  ["{}", [REF(I('i32', 5n))], "5"],
  ["{:?}", [REF(S("r"))], "\"r\""],
  ["{:?}", [SOME(REF(I('i32', 2n)))], "Some(2)"],
  ["{:?}", [VEC(SOME(F64(1.0)), NONE)], "[Some(1.0), None]"],
  ["{:?}", [VUNIT('Ordering', 'Less')], "Less"],
  ["{:?}", [SOME(VUNIT('Ordering', 'Greater'))], "Some(Greater)"],
  ["{:?}", [OK(UNIT)], "Ok(())"],
  ["{:?}", [STRUCT('Point', { x: I('i32', 1n), y: I('i32', 2n) })], "Point { x: 1, y: 2 }"],
  ["{:#?}", [STRUCT('Point', { x: I('i32', 1n), y: I('i32', 2n) })], "Point {\n    x: 1,\n    y: 2,\n}"],
  ["{:?}", [TSTRUCT('Meters', I('i32', 5n))], "Meters(5)"],
  ["{:#?}", [TSTRUCT('Meters', I('i32', 5n))], "Meters(\n    5,\n)"],
  ["{:?}", [UNITS('Unit')], "Unit"],
  ["{:#?}", [UNITS('Unit')], "Unit"],
  ["{:?}", [STRUCT('Empty', {  })], "Empty"],
  ["{:#?}", [STRUCT('Empty', {  })], "Empty"],
  ["{:6?}|", [UNITS('Unit')], "Unit|"],
  ["{:4?}", [STRUCT('Point', { x: I('i32', 1n), y: I('i32', -2n) })], "Point { x:    1, y:   -2 }"],
  ["{:?}", [VSTRUCT('Shape', 'Circle', { r: F64(1.0) })], "Circle { r: 1.0 }"],
  ["{:?}", [VTUPLE('Shape', 'Square', F64(2.5))], "Square(2.5)"],
  ["{:?}", [VUNIT('Shape', 'Nothing')], "Nothing"],
  ["{:#?}", [VSTRUCT('Shape', 'Rect', { w: I('u32', 3n), h: I('u32', 4n) })], "Rect {\n    w: 3,\n    h: 4,\n}"],
  ["{:#?}", [VTUPLE('Shape', 'Square', F64(2.5))], "Square(\n    2.5,\n)"],
  ["{:?}", [STRUCT('Line', { a: STRUCT('Point', { x: I('i32', 0n), y: I('i32', 0n) }), b: STRUCT('Point', { x: I('i32', 3n), y: I('i32', 4n) }) })], "Line { a: Point { x: 0, y: 0 }, b: Point { x: 3, y: 4 } }"],
  ["{:#?}", [STRUCT('Line', { a: STRUCT('Point', { x: I('i32', 0n), y: I('i32', 0n) }), b: STRUCT('Point', { x: I('i32', 3n), y: I('i32', 4n) }) })], "Line {\n    a: Point {\n        x: 0,\n        y: 0,\n    },\n    b: Point {\n        x: 3,\n        y: 4,\n    },\n}"],
  ["{:?}", [STRUCT('Person', { name: ST("Ann"), age: I('u8', 30n), tags: VEC(S("a"), S("b")), nick: NONE })], "Person { name: \"Ann\", age: 30, tags: [\"a\", \"b\"], nick: None }"],
  ["{:#?}", [STRUCT('Person', { name: ST("Ann"), age: I('u8', 30n), tags: VEC(S("a"), S("b")), nick: SOME(ST("An\n")) })], "Person {\n    name: \"Ann\",\n    age: 30,\n    tags: [\n        \"a\",\n        \"b\",\n    ],\n    nick: Some(\n        \"An\\n\",\n    ),\n}"],
  ["{:#?}", [STRUCT('Person', { name: ST(""), age: I('u8', 0n), tags: VEC(), nick: NONE })], "Person {\n    name: \"\",\n    age: 0,\n    tags: [],\n    nick: None,\n}"],
  ["{:?}", [TSTRUCT('Wrapper', VEC(I('i32', 1n), I('i32', 2n)), T(I('i32', 3n), C("z")))], "Wrapper([1, 2], (3, 'z'))"],
  ["{:#?}", [TSTRUCT('Wrapper', VEC(I('i32', 1n), I('i32', 2n)), T(I('i32', 3n), C("z")))], "Wrapper(\n    [\n        1,\n        2,\n    ],\n    (\n        3,\n        'z',\n    ),\n)"],
  ["{:?}", [VEC(STRUCT('Point', { x: I('i32', 1n), y: I('i32', 2n) }), STRUCT('Point', { x: I('i32', 3n), y: I('i32', 4n) }))], "[Point { x: 1, y: 2 }, Point { x: 3, y: 4 }]"],
  ["{:#?}", [VEC(STRUCT('Point', { x: I('i32', 1n), y: I('i32', 2n) }))], "[\n    Point {\n        x: 1,\n        y: 2,\n    },\n]"],
  ["{:#?}", [VEC(SOME(STRUCT('Point', { x: I('i32', 1n), y: I('i32', 2n) })), NONE)], "[\n    Some(\n        Point {\n            x: 1,\n            y: 2,\n        },\n    ),\n    None,\n]"],
  ["{:?}", [SOME(VSTRUCT('Shape', 'Circle', { r: F64(0.5) }))], "Some(Circle { r: 0.5 })"],
  ["{:#?}", [T(STRUCT('Point', { x: I('i32', 1n), y: I('i32', 2n) }), VEC(UNITS('Unit')))], "(\n    Point {\n        x: 1,\n        y: 2,\n    },\n    [\n        Unit,\n    ],\n)"],
  ["{:#x?}", [STRUCT('Point', { x: I('i32', 255n), y: I('i32', 16n) })], "Point {\n    x: 0xff,\n    y: 0x10,\n}"],
  ["{:.1?}", [VSTRUCT('Shape', 'Circle', { r: F64(2.25) })], "Circle { r: 2.2 }"],
  ["{:?}", [MAP('BTreeMap', [[S("a"), I('i32', 1n)], [S("b"), I('i32', 2n)]])], "{\"a\": 1, \"b\": 2}"],
  ["{:#?}", [MAP('BTreeMap', [[S("a"), I('i32', 1n)], [S("b"), I('i32', 2n)]])], "{\n    \"a\": 1,\n    \"b\": 2,\n}"],
  ["{:?}", [MAP('HashMap', [[I('i32', 7n), VEC(S("x"))]])], "{7: [\"x\"]}"],
  ["{:#?}", [MAP('HashMap', [[I('i32', 7n), VEC(S("x"))]])], "{\n    7: [\n        \"x\",\n    ],\n}"],
  ["{:?}", [MAP('HashMap', [])], "{}"],
  ["{:#?}", [MAP('BTreeMap', [])], "{}"],
  ["{:?}", [SET('BTreeSet', [I('i32', 1n), I('i32', 2n)])], "{1, 2}"],
  ["{:#?}", [SET('BTreeSet', [I('i32', 1n), I('i32', 2n)])], "{\n    1,\n    2,\n}"],
  ["{:?}", [SET('HashSet', [C("q")])], "{'q'}"],
  ["{:?}", [MAP('BTreeMap', [[T(I('i32', 1n), I('i32', 2n)), SOME(B(true))]])], "{(1, 2): Some(true)}"],
  ["{:#?}", [MAP('BTreeMap', [[I('i32', 1n), STRUCT('Point', { x: I('i32', 1n), y: I('i32', 2n) })]])], "{\n    1: Point {\n        x: 1,\n        y: 2,\n    },\n}"],
  ["{:?}", [RANGE(I('i32', 1n), I('i32', 5n), false)], "1..5"],
  ["{:?}", [RANGE(I('i32', 1n), I('i32', 5n), true)], "1..=5"],
  ["{:?}", [RANGE(I('i32', 3n), null, false)], "3.."],
  ["{:?}", [RANGE(null, I('i32', 3n), false)], "..3"],
  ["{:?}", [RANGE(null, I('i32', 3n), true)], "..=3"],
  ["{:3?}", [RANGE(I('i32', 1n), I('i32', 5n), false)], "  1..  5"],
  ["{:?}", [RANGE(C("a"), C("e"), true)], "'a'..='e'"],
  ["{:#?}", [RANGE(I('i32', 1n), I('i32', 5n), false)], "1..5"],
  ["{:?}", [VEC(RANGE(I('usize', 0n), I('usize', 2n), false))], "[0..2]"],
  ["{}", [PIE("", 'i32')], "cannot parse integer from empty string"],
  ["{}", [PIE("x", 'i32')], "invalid digit found in string"],
  ["{}", [PIE("300", 'u8')], "number too large to fit in target type"],
  ["{}", [PIE("-300", 'i8')], "number too small to fit in target type"],
  ["{:?}", [PIE("x", 'i32')], "ParseIntError { kind: InvalidDigit }"],
  ["{:#?}", [PIE("x", 'i32')], "ParseIntError {\n    kind: InvalidDigit,\n}"],
  ["{:>35}|", [PIE("", 'u8')], "cannot parse integer from empty string|"],
  ["{}", [PFE("x")], "invalid float literal"],
  ["{}", [PFE("")], "cannot parse float from empty string"],
  ["{:?}", [PFE("x")], "ParseFloatError { kind: Invalid }"],
  ["{:?}", [OK(I('i32', 1n))], "Ok(1)"],
  ["{}", [PAYLOAD(callIntStatic('u8', 'try_from', [I('i32', 300n)]))], "out of range integral type conversion attempted"],
  ["{:?}", [callIntStatic('u8', 'try_from', [I('i32', 300n)])!], "Err(TryFromIntError(()))"],
  ["{}", [PAYLOAD(callIntStatic('u8', 'try_from', [C('€')]))], "unicode code point out of range"],
  ["{:?}", [callIntStatic('u8', 'try_from', [C('€')])!], "Err(TryFromCharError(()))"],
  ["{:?}", [parseFloatResult('2.5', 'f32')], "Ok(2.5)"],
  ["{:?}", [parseIntegerResult('7x', 'u32')], "Err(ParseIntError { kind: InvalidDigit })"],
  ["{} {}", [I('i32', 1n), S("two")], "1 two"],
  ["{1} {0} {1}", [I('i32', 1n), S("two")], "two 1 two"],
  ["{{}} {{{}}}", [I('i32', 5n)], "{} {5}"],
  ["a{{b", [], "a{b"],
  ["}}{{", [], "}{"],
  ["{0:>4}|{0:<4}|{0:^4}", [I('i32', 7n)], "   7|7   | 7  "],
  ["{:?} and {:#?}", [SOME(I('i32', 1n)), T(I('i32', 2n))], "Some(1) and (\n    2,\n)"],
  ["{:>1$}", [S("ab"), I('usize', 5n)], "   ab"],
  ["{:.*} {}", [I('usize', 1n), F64(0.25), S("z")], "0.2 z"],
  ["{:.*}", [I('usize', 2n), S("hello")], "he"],
  ["{:^1$.2$}|", [S("abcdef"), I('usize', 7n), I('usize', 3n)], "  abc  |"],
  ["{ }", [I('i32', 3n)], "3"],
  ["{0 }", [I('i32', 4n)], "4"],
  ["{:<<5}", [I('i32', 1n)], "1<<<<"],
  ["{:^^5}", [I('i32', 1n)], "^^1^^"],
  ["{:.}", [F64(1.5)], "1.5"],
  ["{:-}", [I('i32', -1n)], "-1"],
  ["{:0>5}", [I('i32', -1n)], "000-1"],
];

const NAMED_CASES: [string, Value[], Record<string, Value>, string][] = [
  ["x = {:>w$.p$}", [F64(3.14159)], { w: I('usize', 8n), p: I('usize', 2n) }, "x =     3.14"],
  ["{name} is {age} ({name:?})", [], { name: S("Bo"), age: I('u8', 4n) }, "Bo is 4 (\"Bo\")"],
  ["{0} {x} {1}", [I('i32', 1n), I('i32', 2n)], { x: C("c") }, "1 c 2"],
  ["{:w$}|", [I('i32', 1n)], { w: I('usize', 4n) }, "   1|"],
  ["{v:#?}", [], { v: VEC(I('i32', 1n)) }, "[\n    1,\n]"],
  ["{v:>+9.3e}", [], { v: F64(1234.5678) }, " +1.235e3"],
];

const PARSE_ERRORS: [string, string][] = [
  ["{","invalid format string: expected `}` but string was terminated"],
  ["}","invalid format string: unmatched `}` found"],
  ["a { b","invalid format string: expected `}`, found `b`"],
  ["{ 0}","invalid format string: expected `}`, found `0`"],
  ["{:y}","unknown format trait `y`"],
  ["{:10.3.2}","invalid format string: expected `}`, found `.`"],
  ["{x y}","invalid format string: expected `}`, found `y`"],
  ["{:#?x}","invalid format string: expected `}`, found `x`"],
  ["{:?x}","invalid format string: expected `}`, found `x`"],
  ["{}}","invalid format string: unmatched `}` found"],
  ["{{}","invalid format string: unmatched `}` found"],
  ["{:ab}","unknown format trait `ab`"],
  ["{0x}","invalid format string: expected `}`, found `x`"],
  ["{:e?}","invalid format string: expected `}`, found `?`"],
  ["{_}","invalid format string: invalid argument name `_`"],
  ["{:99999999999999999999}","invalid format string: integer `99999999999999999999` does not fit into the type `u16` whose range is `0..=65535`"],
  ["x {} {","invalid format string: expected `}` but string was terminated"],
  ["{0:}}","invalid format string: unmatched `}` found"],
  ["{:<<5","invalid format string: expected `}` but string was terminated"],
  ["}{","invalid format string: unmatched `}` found"],
  ["{:5$","invalid format string: expected `}` but string was terminated"],
  ["{a.b}","invalid format string: field access isn't supported"],
  ["{a()}","invalid format string: expected `}`, found `(`"],
  ["{:+-}","invalid format string: expected `}`, found `-`"],
  ["{:#0#}","invalid format string: expected `}`, found `#`"],
];

const ARGUMENT_ERRORS: [string, number, string[], (string | null)[], string[]][] = [
  ["{:}",0,[],[],["1 positional argument in format string, but no arguments were given"]],
  ["{}{}",1,[],[null],["2 positional arguments in format string, but there is 1 argument"]],
  ["{}",2,[],[null,null],["argument never used"]],
  ["{}",3,[],[null,null,null],["multiple unused formatting arguments"]],
  ["{0} {2}",2,[],[null,null],["invalid reference to positional argument 2 (there are 2 arguments)","argument never used"]],
  ["{a}",0,["a","b"],[],["named argument never used"]],
  ["{:1$}",1,[],[null],["invalid reference to positional argument 1 (there is 1 argument)"]],
  ["{:.*}",1,[],[null],["2 positional arguments in format string, but there is 1 argument"]],
  ["{:.*}",3,[],[null,null,null],["argument never used"]],
  ["{:.3$}",1,[],[null],["invalid reference to positional argument 3 (there is 1 argument)"]],
  ["{9}",1,[],[null],["invalid reference to positional argument 9 (there is 1 argument)","argument never used"]],
  ["{0:1$}",0,[],[],["invalid reference to positional arguments 0 and 1 (no arguments were given)"]],
  ["{0} {1} {5} {7}",2,[],[null,null],["invalid reference to positional arguments 5 and 7 (there are 2 arguments)"]],
  ["{} {} {}",0,[],[],["3 positional arguments in format string, but no arguments were given"]],
  ["{:.*} {}",2,[],[null,null],["3 positional arguments in format string, but there are 2 arguments"]],
  ["{}",0,["a"],[],[]],
  ["{x}",1,[],["x"],["redundant argument"]],
  ["{x} {y}",2,[],["x","y"],["redundant arguments"]],
  ["",1,[],[null],["argument never used"]],
  ["{} {0}",2,[],[null,null],["argument never used"]],
  ["{3:.*}",1,[],[null],["invalid reference to positional argument 3 (there is 1 argument)"]],
  ["{:.*} {0}",0,[],[],["invalid reference to positional arguments 0 and 1 (no arguments were given)"]],
  ["{} {x}",2,["x"],[null,null],["argument never used"]],
  ["{0}",1,["x"],[null],["named argument never used"]],
  ["{x}",1,["x"],[null],["argument never used"]],
];

const FLOAT_SAMPLES: [string, string, string, string, string, string][] = [
  ["d", "43179085685d83c9", "1658206780088562.3", "1658206780088562.3", "1.6582067800885623e15", "1658206780088562.250"],
  ["d", "c30deb9ee957fc2a", "-1052730259603333.3", "-1052730259603333.3", "-1.0527302596033333e15", "-1052730259603333.250"],
  ["d", "4302d77f67030d4a", "662936471232937.3", "662936471232937.3", "6.629364712329373e14", "662936471232937.250"],
  ["d", "c5765079fc5d43ff", "-431622521455199440000000000", "-4.3162252145519944e26", "-4.3162252145519944e26", "-431622521455199443264471040.000"],
  ["d", "c074026e978d4fdf", "-320.152", "-320.152", "-3.20152e2", "-320.152"],
  ["d", "40b2113851eb851f", "4625.22", "4625.22", "4.62522e3", "4625.220"],
  ["d", "40ae190000000000", "3852.5", "3852.5", "3.8525e3", "3852.500"],
  ["d", "3e69a81ad8c4f9fa", "0.00000004778925264064419", "4.778925264064419e-8", "4.778925264064419e-8", "0.000"],
  ["d", "c0d2316666666666", "-18629.6", "-18629.6", "-1.86296e4", "-18629.600"],
  ["d", "c12914aa00000000", "-821845", "-821845.0", "-8.21845e5", "-821845.000"],
  ["d", "bf96d4d28e7ae9f0", "-0.022296228357598424", "-0.022296228357598424", "-2.2296228357598424e-2", "-0.022"],
  ["d", "412489dc00000000", "673006", "673006.0", "6.73006e5", "673006.000"],
  ["d", "c1c52d610c000000", "-710591000", "-710591000.0", "-7.10591e8", "-710591000.000"],
  ["d", "3d851d04990f4460", "0.0000000000024003101553059363", "2.4003101553059363e-12", "2.4003101553059363e-12", "0.000"],
  ["d", "41abba7320000000", "232602000", "232602000.0", "2.32602e8", "232602000.000"],
  ["d", "3fe7b68cef672b88", "0.741034", "0.741034", "7.41034e-1", "0.741"],
  ["d", "c100c86124924925", "-137484.14285714287", "-137484.14285714287", "-1.3748414285714287e5", "-137484.143"],
  ["d", "bfc487b99d451fc5", "-0.160392", "-0.160392", "-1.60392e-1", "-0.160"],
  ["d", "c0ee9aa924924925", "-62677.28571428572", "-62677.28571428572", "-6.267728571428572e4", "-62677.286"],
  ["d", "c10170d2aaaaaaab", "-142874.33333333334", "-142874.33333333334", "-1.4287433333333334e5", "-142874.333"],
  ["d", "c65e03ae2ee0cdae", "-9511935619703027000000000000000", "-9.511935619703027e30", "-9.511935619703027e30", "-9511935619703027105708936003584.000"],
  ["d", "c10caaa800000000", "-234837", "-234837.0", "-2.34837e5", "-234837.000"],
  ["d", "40669ddb22d0e560", "180.933", "180.933", "1.80933e2", "180.933"],
  ["d", "c26431e715b8719d", "-693892591043.5504", "-693892591043.5504", "-6.938925910435504e11", "-693892591043.550"],
  ["d", "40629a4dd2f1a9fc", "148.822", "148.822", "1.48822e2", "148.822"],
  ["d", "c0b1b8fae147ae14", "-4536.98", "-4536.98", "-4.53698e3", "-4536.980"],
  ["d", "c0f05e1e66666666", "-67041.9", "-67041.9", "-6.70419e4", "-67041.900"],
  ["d", "40c0898666666666", "8467.05", "8467.05", "8.46705e3", "8467.050"],
  ["d", "c06ca9999999999a", "-229.3", "-229.3", "-2.293e2", "-229.300"],
  ["d", "410414e800000000", "164509", "164509.0", "1.64509e5", "164509.000"],
  ["d", "3c785fe3b2b3aba0", "0.000000000000000021141567790331577", "2.1141567790331577e-17", "2.1141567790331577e-17", "0.000"],
  ["d", "410f75b800000000", "257719", "257719.0", "2.57719e5", "257719.000"],
  ["d", "41c381280c000000", "654463000", "654463000.0", "6.54463e8", "654463000.000"],
  ["d", "c2e86730d35d1dd0", "-214651838851310.5", "-214651838851310.5", "-2.146518388513105e14", "-214651838851310.500"],
  ["d", "c1c8ac1404000000", "-827861000", "-827861000.0", "-8.27861e8", "-827861000.000"],
  ["d", "3febd8fb43d89ce5", "0.870237", "0.870237", "8.70237e-1", "0.870"],
  ["d", "40316db6db6db6db", "17.428571428571427", "17.428571428571427", "1.7428571428571427e1", "17.429"],
  ["d", "bf931b9b66f9335d", "-0.01866", "-0.01866", "-1.866e-2", "-0.019"],
  ["d", "40e2bef249249249", "38391.57142857143", "38391.57142857143", "3.839157142857143e4", "38391.571"],
  ["d", "c10a02e000000000", "-213084", "-213084.0", "-2.13084e5", "-213084.000"],
  ["d", "c613cc6f7910e8c7", "-392151198064704900000000000000", "-3.921511980647049e29", "-3.921511980647049e29", "-392151198064704934969792790528.000"],
  ["d", "c10f95b2aaaaaaab", "-258742.33333333334", "-258742.33333333334", "-2.5874233333333334e5", "-258742.333"],
  ["d", "408d559db22d0e56", "938.702", "938.702", "9.38702e2", "938.702"],
  ["d", "be43142f26449af1", "-0.000000008884279264153839", "-8.884279264153839e-9", "-8.884279264153839e-9", "-0.000"],
  ["d", "c08ca3810624dd2f", "-916.438", "-916.438", "-9.16438e2", "-916.438"],
  ["d", "40b759970a3d70a4", "5977.59", "5977.59", "5.97759e3", "5977.590"],
  ["d", "443fffffffffffff", "590295810358705600000", "5.902958103587056e20", "5.902958103587056e20", "590295810358705586176.000"],
  ["d", "c0b4677ae147ae14", "-5223.48", "-5223.48", "-5.22348e3", "-5223.480"],
  ["s", "e72d3451", "-817934500000000000000000", "-8.179345e23", "-8.179345e23", "-817934468893398590816256.000"],
  ["s", "262ae8a7", "0.000000000000000592959", "5.92959e-16", "5.92959e-16", "0.000"],
  ["s", "2a60df0f", "0.00000000000019972586", "1.9972586e-13", "1.9972586e-13", "0.000"],
  ["s", "3cb68e51", "0.022284659", "0.022284659", "2.2284659e-2", "0.022"],
  ["s", "ecaad36d", "-1652126600000000000000000000", "-1.6521266e27", "-1.6521266e27", "-1652126554859811913450127360.000"],
  ["s", "dc8e045a", "-319793850000000000", "-3.1979385e17", "-3.1979385e17", "-319793850291847168.000"],
  ["s", "596b5e22", "4140632500000000", "4140632500000000.0", "4.1406325e15", "4140632478056448.000"],
  ["s", "42a106a8", "80.513", "80.513", "8.0513e1", "80.513"],
  ["s", "4478c3d7", "995.06", "995.06", "9.9506e2", "995.060"],
  ["s", "45d09000", "6674", "6674.0", "6.674e3", "6674.000"],
  ["s", "e27c9bbd", "-1164950400000000000000", "-1.1649504e21", "-1.1649504e21", "-1164950408105321037824.000"],
  ["s", "5b62c427", "63829017000000000", "6.3829017e16", "6.3829017e16", "63829016519376896.000"],
  ["s", "316314fb", "0.0000000033044774", "3.3044774e-9", "3.3044774e-9", "0.000"],
  ["s", "6edfca35", "34629805000000000000000000000", "3.4629805e28", "3.4629805e28", "34629805245572848755056574464.000"],
  ["s", "d1845e5c", "-71064850000", "-71064850000.0", "-7.106485e10", "-71064846336.000"],
  ["s", "68f0b2a9", "9093309000000000000000000", "9.093309e24", "9.093309e24", "9093309232537820490366976.000"],
  ["s", "c413ca3d", "-591.16", "-591.16", "-5.9116e2", "-591.160"],
  ["s", "c55d5800", "-3541.5", "-3541.5", "-3.5415e3", "-3541.500"],
  ["s", "c685e400", "-17138", "-17138.0", "-1.7138e4", "-17138.000"],
  ["s", "1548e30c", "0.000000000000000000000000040568787", "4.0568787e-26", "4.0568787e-26", "0.000"],
  ["s", "9c50dec3", "-0.0000000000000000000006910934", "-6.910934e-22", "-6.910934e-22", "-0.000"],
  ["s", "8fd00684", "-0.000000000000000000000000000020512893", "-2.0512893e-29", "-2.0512893e-29", "-0.000"],
  ["s", "d0e4feeb", "-30735292000", "-30735292000.0", "-3.0735292e10", "-30735292416.000"],
  ["s", "63215edc", "2976761000000000000000", "2.976761e21", "2.976761e21", "2976761134201679380480.000"],
  ["s", "e2d64156", "-1976155600000000000000", "-1.9761556e21", "-1.9761556e21", "-1976155591117153239040.000"],
  ["s", "c60728cd", "-8650.2", "-8650.2", "-8.6502e3", "-8650.200"],
  ["s", "4728e700", "43239", "43239.0", "4.3239e4", "43239.000"],
  ["s", "c60aa925", "-8874.286", "-8874.286", "-8.874286e3", "-8874.286"],
  ["s", "5471abbc", "4151873400000", "4151873400000.0", "4.1518734e12", "4151873372160.000"],
  ["s", "be9a2f09", "-0.3011401", "-0.3011401", "-3.011401e-1", "-0.301"],
  ["s", "62316bfb", "818213600000000000000", "8.182136e20", "8.182136e20", "818213628456950824960.000"],
  ["s", "f3857c47", "-21151615000000000000000000000000", "-2.1151615e31", "-2.1151615e31", "-21151615178696392654269244768256.000"],
  ["s", "15af96d8", "0.000000000000000000000000070919927", "7.0919927e-26", "7.0919927e-26", "0.000"],
  ["s", "ee9e2c65", "-24476150000000000000000000000", "-2.447615e28", "-2.447615e28", "-24476150623425167188184530944.000"],
  ["s", "c77d6500", "-64869", "-64869.0", "-6.4869e4", "-64869.000"],
];

const EXTRA_PARSE_ERRORS: [string, string][] = [
  ['{a.0}', "invalid format string: tuple index access isn't supported"],
  ['{a.b:?}', "invalid format string: field access isn't supported"],
  ['{a.b }', "invalid format string: field access isn't supported"],
  ['{a.b.c}', 'invalid format string: expected `}`, found `.`'],
  ['{0.x}', 'invalid format string: expected `}`, found `.`'],
  ['{70000}', 'invalid format string: integer `70000` does not fit into the type `u16` whose range is `0..=65535`'],
  ['{:.65536}', 'invalid format string: integer `65536` does not fit into the type `u16` whose range is `0..=65535`'],
];

describe('format! output matches rustc 1.95', () => {
  it.each(CASES)('format!(%j, …)', (template, args, expected) => {
    expect(render(template, args)).toBe(expected);
  });

  it.each(NAMED_CASES)('format!(%j, …) with named arguments', (template, args, named, expected) => {
    expect(render(template, args, named)).toBe(expected);
  });

  it.each(FLOAT_SAMPLES)('%s %s: Display, Debug, {:e}, {:.3}', (kind, hex, display, debug, exp, prec3) => {
    const dv = new DataView(new ArrayBuffer(8));
    let v: number;
    if (kind === 'd') {
      dv.setBigUint64(0, BigInt('0x' + hex));
      v = dv.getFloat64(0);
    } else {
      dv.setUint32(0, parseInt(hex, 16));
      v = dv.getFloat32(0);
    }
    const value: Value = { k: 'float', ty: (kind === 'd' ? 'f64' : 'f32') satisfies FloatType, v };
    expect([
      formatValue(value, DISPLAY_SPEC),
      formatValue(value, DEBUG_SPEC),
      formatValue(value, { ...DISPLAY_SPEC, trait: 'lowerExp' }),
      formatValue(value, { ...DISPLAY_SPEC, precision: 3 }),
    ]).toEqual([display, debug, exp, prec3]);
  });
});

describe('user Display / Debug impls run through hooks', () => {
  const point = STRUCT('Point', { x: I('i32', 1n), y: I('i32', 2n) });
  const hooks: FormatHooks = {
    display: (v) => (v.name === 'Point' ? `(${formatValue(v.fields[0]!, DISPLAY_SPEC)}, ${formatValue(v.fields[1]!, DISPLAY_SPEC)})` : undefined),
    debug: (v, spec) => (v.name === 'Point' ? (spec.alternate ? 'P {\n    multi\n}' : 'P') : undefined),
  };

  it('uses the impl for the value and inside derived containers', () => {
    expect(render('{} {:?}', [point, VEC(point, point)], {}, hooks)).toBe('(1, 2) [P, P]');
    // a `write!`-based impl ignores width, as in Rust
    expect(render('[{:>10}]', [point], {}, hooks)).toBe('[(1, 2)]');
    // pretty printing indents whatever the impl wrote
    expect(render('{:#?}', [SOME(point)], {}, hooks)).toBe('Some(\n    P {\n        multi\n    },\n)');
  });

  it('falls back to the derived shape when the hook declines', () => {
    expect(render('{:?}', [SOME(STRUCT('Other', { a: B(true) }))], {}, hooks)).toBe('Some(Other { a: true })');
  });
});

describe('format string parsing', () => {
  const only = (template: string): FormatPlaceholder => {
    const pieces = parseFormatString(template);
    if (isFormatError(pieces)) throw new Error(pieces.message);
    const p = pieces.find((x): x is FormatPlaceholder => typeof x !== 'string');
    return p!;
  };

  it('splits literal text and placeholders, unescaping braces', () => {
    const pieces = parseFormatString('a{{b}} {} c {x:?}');
    expect(isFormatError(pieces)).toBe(false);
    expect((pieces as unknown[]).map((p) => (typeof p === 'string' ? p : 'P'))).toEqual(['a{b} ', 'P', ' c ', 'P']);
  });

  it('reads every part of a spec', () => {
    expect(only('{:*^+#012.3x}').spec).toEqual({
      fill: '*',
      align: '^',
      sign: '+',
      alternate: true,
      zeroPad: true,
      width: 12,
      precision: 3,
      trait: 'lowerHex',
      debugHex: null,
    });
    expect(only('{:#x?}').spec).toMatchObject({ alternate: true, trait: 'debug', debugHex: 'lower' });
    expect(only('{0:1$}').spec.width).toEqual({ kind: 'index', index: 1 });
    expect(only('{:0$}').spec).toMatchObject({ width: { kind: 'index', index: 0 }, zeroPad: false });
    expect(only('{:w$.p$}').spec).toMatchObject({ width: { kind: 'name', name: 'w' }, precision: { kind: 'name', name: 'p' } });
    expect(only('{:E}').spec.trait).toBe('upperExp');
  });

  it('resolves implicit positions, with `.*` taking its position before the value', () => {
    const pieces = parseFormatString('{} {:.*} {}') as FormatPlaceholder[];
    const ph = pieces.filter((p): p is FormatPlaceholder => typeof p !== 'string');
    expect(ph.map((p) => p.arg)).toEqual([
      { kind: 'next', index: 0 },
      { kind: 'next', index: 2 },
      { kind: 'next', index: 3 },
    ]);
    expect(ph[1]!.spec.precision).toEqual({ kind: 'next', index: 1 });
    expect(only('{name}').arg).toEqual({ kind: 'name', name: 'name' });
    expect(only('{2}').arg).toEqual({ kind: 'index', index: 2 });
  });

  it.each([...PARSE_ERRORS, ...EXTRA_PARSE_ERRORS])('rejects %j as rustc does', (template, message) => {
    const r = parseFormatString(template);
    expect(isFormatError(r) ? r.message : 'parsed').toBe(message);
  });

  it.each(ARGUMENT_ERRORS)('checks the arguments of %j as rustc does', (template, positional, named, paths, errors) => {
    const pieces = parseFormatString(template);
    if (isFormatError(pieces)) throw new Error(pieces.message);
    expect(checkFormatArguments(pieces, positional, named, paths).errors).toEqual(errors);
  });

  it('reports captured variables', () => {
    const pieces = parseFormatString('{a} {b:>w$} {0}');
    if (isFormatError(pieces)) throw new Error(pieces.message);
    expect(checkFormatArguments(pieces, 1, ['b'])).toEqual({ errors: [], captures: ['a', 'w'] });
  });
});

describe('keys, equality and ordering of values', () => {
  /** Sorted by rustc 1.95's derived Ord (the Debug lines printed by the reference program). */
  const sorted = (values: Value[], variantIndex?: (v: AdtValue) => number) =>
    formatValue(VEC(...[...values].sort((a, b) => compareValues(a, b, variantIndex))), DEBUG_SPEC);

  it('orders like derived Ord', () => {
    expect(sorted(['b', 'a', 'é', 'Z', 'ab', '', '😀', '\uffff', 'aa', 'a\0'].map(S))).toBe(
      '["", "Z", "a", "a\\0", "aa", "ab", "b", "é", "\\u{ffff}", "😀"]',
    );
    expect(sorted([T(I('i32', 1n), S('b')), T(I('i32', 0n), S('z')), T(I('i32', 1n), S('a')), T(I('i32', -1n), S('q'))])).toBe(
      '[(-1, "q"), (0, "z"), (1, "a"), (1, "b")]',
    );
    expect(sorted([SOME(I('i32', 3n)), NONE, SOME(I('i32', -1n))])).toBe('[None, Some(-1), Some(3)]');
    expect(sorted([ERR(I('i32', 0n)), OK(I('i32', 5n)), OK(I('i32', -5n)), ERR(I('i32', -9n))])).toBe('[Ok(-5), Ok(5), Err(-9), Err(0)]');
    const order = ['B', 'A', 'C'];
    expect(
      sorted(
        [VUNIT('E', 'C'), VSTRUCT('E', 'A', { x: I('i32', 2n) }), VTUPLE('E', 'B', I('i32', 9n)), VSTRUCT('E', 'A', { x: I('i32', 1n) }), VTUPLE('E', 'B', I('i32', -1n))],
        (v) => order.indexOf(v.variant!),
      ),
    ).toBe('[B(-1), B(9), A { x: 1 }, A { x: 2 }, C]');
    expect(sorted([VEC(I('i32', 1n), I('i32', 2n)), VEC(I('i32', 1n)), VEC(), VEC(I('i32', 0n), I('i32', 5n)), VEC(I('i32', 1n), I('i32', 2n), I('i32', 0n))])).toBe(
      '[[], [0, 5], [1], [1, 2], [1, 2, 0]]',
    );
    expect(sorted([B(true), B(false), B(true)])).toBe('[false, true, true]');
    expect(sorted(['b', 'A', 'é', '😀', '\uffff'].map(C))).toBe("['A', 'b', 'é', '\\u{ffff}', '😀']");
    expect(sorted([VUNIT('Ordering', 'Greater'), VUNIT('Ordering', 'Less'), VUNIT('Ordering', 'Equal')])).toBe('[Less, Equal, Greater]');
  });

  it('is partial where NaN is involved', () => {
    expect(partialCompareValues(T(F64(1), F64(NaN)), T(F64(1), F64(NaN)))).toBe(null);
    expect(partialCompareValues(T(F64(0), F64(NaN)), T(F64(1), F64(NaN)))).toBe(-1);
    expect(partialCompareValues(STRUCT('P', { x: F64(1), y: I('i32', 2n) }), STRUCT('P', { x: F64(1), y: I('i32', 1n) }))).toBe(1);
    expect(() => compareValues(F64(NaN), F64(1))).toThrow();
  });

  it('compares for equality like derived PartialEq', () => {
    expect([valuesEqual(F64(NaN), F64(NaN)), valuesEqual(F64(0), F64(-0)), valuesEqual(S('a'), ST('a')), valuesEqual(VEC(I('i32', 1n)), ARR(I('i32', 1n)))]).toEqual([
      false,
      true,
      true,
      true,
    ]);
    expect(valuesEqual(SOME(S('x')), SOME(REF(ST('x'))))).toBe(true);
    expect(valuesEqual(VUNIT('E', 'A'), VUNIT('E', 'B'))).toBe(false);
    const m1 = MAP('HashMap', [[S('a'), I('i32', 1n)], [S('b'), I('i32', 2n)]]);
    const m2 = MAP('HashMap', [[S('b'), I('i32', 2n)], [S('a'), I('i32', 1n)]]);
    expect(valuesEqual(m1, m2)).toBe(true);
  });

  it('gives equal keys exactly to equal hashable values', () => {
    expect(keyOf(S('ab'))).toBe(keyOf(ST('ab')));
    expect(keyOf(VEC(I('i32', 1n)))).toBe(keyOf(SLICE([I('i32', 0n), I('i32', 1n)], 1, 2)));
    expect(keyOf(REF(BOX(I('u8', 3n))))).toBe(keyOf(I('u8', 3n)));
    const distinct = [
      S('a'), C('a'), S('a,b'), T(S('a'), S('b')), T(S('a,b')), VEC(S('a'), S('b')), I('i32', 1n), B(true), UNIT, T(), VEC(),
      SOME(I('i32', 1n)), NONE, OK(I('i32', 1n)), ERR(I('i32', 1n)), VUNIT('E', 'A'), VUNIT('F', 'A'), STRUCT('P', { x: I('i32', 1n) }),
      T(I('i32', 1n), T(I('i32', 2n), I('i32', 3n))), T(T(I('i32', 1n), I('i32', 2n)), I('i32', 3n)), S('"'), S('\\'), S(''),
    ];
    expect(new Set(distinct.map(keyOf)).size).toBe(distinct.length);
  });
});

describe('formatting leaves values untouched', () => {
  it('does not consume iterator-like or shared values', () => {
    const items = [I('i32', 1n), I('i32', 2n), I('i32', 3n)];
    const spec: ResolvedSpec = { ...DEBUG_SPEC, alternate: true };
    expect(formatValue(SLICE(items, 0, 2), spec)).toBe('[\n    1,\n    2,\n]');
    expect(items).toHaveLength(3);
  });
});
