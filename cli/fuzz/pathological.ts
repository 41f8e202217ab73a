// Generator 3: pathological inputs: long lines, deep nesting, huge literals, huge functions, odd
// strings, empty/comment-only/garbage input, unbalanced delimiters, non-terminating programs and
// huge allocations. Each must come back as a verdict within the limits.
import type { Rng } from './prng';

let label = '';
/** Picks one of the family's shapes and remembers which, to label the input. */
function choose<T>(rng: Rng, family: string, xs: readonly T[]): T {
  const i = rng.int(0, xs.length - 1);
  label = `${family}-${i}`;
  return xs[i]!;
}

const main = (body: string) => `fn main() {\n${body}\n}\n`;
const wrap = (n: number, open: string, close: string, inner: string) => open.repeat(n) + inner + close.repeat(n);

/** Deeply nested shapes, each at nesting depth n. */
const NESTED_WEIGHT = 0.6;
export const NESTED: ((n: number) => string)[] = [
  (n) => main(`    let x: i32 = ${wrap(n, '(', ')', '1')};\n    assert_eq!(x, 1);`),
  (n) => main(`    let x = ${Array.from({ length: n }, (_, i) => String(i % 10)).join([' + ', ' - ', ' * ', ' ^ ', ' & ', ' == ', ' < '][n % 7]!)};\n    println!("{:?}", x);`),
  (n) => main(`    let x = ${wrap(n, '{ ', ' }', '1')};\n    assert_eq!(x, 1);`),
  (n) => main(wrap(n, 'if true { ', ' }', 'println!("deep");')),
  (n) => main(`    let x: i32 = ${wrap(n, '-', '', '1')};\n    let b = ${wrap(n, '!', '', 'true')};\n    println!("{} {}", x, b);`),
  (n) => main(`    let v = ${wrap(n, 'vec![', ']', '1')};\n    println!("{:?}", v);`),
  (n) => main(`    let v = ${wrap(n, '[', ']', '0')};\n    println!("{:?}", v);`),
  (n) => main(`    let o = ${wrap(n, 'Some(', ')', '1')};\n    println!("{:?}", o);`),
  (n) => main(`    let t = ${wrap(n, '(', ',)', '1')};\n    println!("{:?}", t);`),
  (n) => `fn f(x: i32) -> i32 { x + 1 }\n` + main(`    assert_eq!(${wrap(n, 'f(', ')', '0')}, ${n});`),
  (n) => main(`    let s = String::from("a")${'.clone()'.repeat(n)};\n    assert_eq!(s, "a");`),
  (n) => main(`    let x = 5i32${'.abs()'.repeat(n)};\n    let r = x${'.max(1)'.repeat(n)};\n    assert_eq!(r, 5);`),
  (n) => main(`    let x: ${wrap(n, 'Option<', '>', 'i32')} = None;\n    println!("{:?}", x);`),
  (n) => main(`    let f = ${'|x: i32| '.repeat(Math.min(n, 300))}1;\n    println!("ok");`),
  (n) => main(`    let x = 1;\n    let y = ${wrap(n, 'match x { _ => ', ' }', 'x')};\n    assert_eq!(y, 1);`),
  (n) => main(`    let mut n = 0;\n${wrap(n, 'for _ in 0..1 { ', ' }', 'n += 1;')}\n    assert_eq!(n, 1);`),
  (n) => main(`    let r = ${wrap(n, '&', '', '1')};\n    println!("{}", r);`),
  (n) => main(`    let s = ${wrap(n, 'format!("{}", ', ')', '1')};\n    println!("{}", s);`),
  (n) => `${wrap(n, 'mod m { ', ' }', 'pub fn f() {}')}\n` + main('    println!("mods");'),
  (n) => `struct S { a: ${wrap(Math.min(n, 500), 'Vec<', '>', 'i32')} }\n` + main('    println!("type");'),
  (n) => `fn f(x: i32) -> i32 {\n${wrap(n, 'if x > 0 { ', ' } else { 0 }', 'x')}\n}\n` + main('    assert_eq!(f(3), 3);'),
  (n) => main(`    let x = 1${' as i64 as i32'.repeat(n)};\n    assert_eq!(x, 1);`),
];

function hugeLiteral(rng: Rng): string {
  label = 'literal';
  const digits = (n: number) => Array.from({ length: n }, (_, i) => (i === 0 ? String(rng.int(1, 9)) : String(rng.int(0, 9)))).join('');
  const lit = rng.pick([
    () => digits(rng.size(20, 5000)), () => `0x${'f'.repeat(rng.size(16, 2000))}`, () => `0b${'1'.repeat(rng.size(64, 5000))}`,
    () => `${digits(rng.int(20, 400))}.${digits(rng.int(1, 400))}`, () => `1e${rng.pick(['308', '309', '400', '-400', '99999999999'])}`,
    () => `${digits(rng.int(30, 60))}u128`, () => `${digits(rng.int(10, 40))}i8`, () => '340282366920938463463374607431768211455u128',
    () => '-170141183460469231731687303715884105728i128', () => `${'9_'.repeat(rng.int(10, 500))}9`, () => '0.000000000000000000000000000000000000000001f32',
  ])();
  const ty = rng.pick(['i32', 'u64', 'i128', 'u128', 'f64', 'usize', 'u8', 'f32']);
  return main(`    let x${rng.chance(0.7) ? `: ${ty}` : ''} = ${lit};\n    let y = x ${rng.pick(['+', '*', '-', '/', '%'])} ${rng.pick(['1', '2', lit])};\n    assert_eq!(y, x);\n    println!("{} {:?} {:e}", x, y, x);`);
}

const NUM_TYPES = ['i8', 'i16', 'i32', 'i64', 'i128', 'isize', 'u8', 'u16', 'u32', 'u64', 'u128', 'usize'];
const edge = (rng: Rng, t: string) => rng.pick([`${t}::MAX`, `${t}::MIN`, '0', '1', '2', '7', '31', '63', '127', '128', '255', t.startsWith('i') ? '-1' : '3', `(${t}::MAX - 1)`, `(${t}::MIN + 1)`]);

/** Integer and float edge cases: overflow, shifts, casts, NaN, formatting of extremes. */
function numeric(rng: Rng): string {
  const lines = Array.from({ length: rng.int(1, 3) }, () => {
    const t = rng.pick(NUM_TYPES);
    const a = `(${edge(rng, t)} as ${t})`;
    const b = `(${edge(rng, t)} as ${t})`;
    return choose(rng, 'numeric', [
      `    println!("{}", ${a} ${rng.pick(['+', '-', '*', '/', '%'])} ${b});`,
      `    println!("{:?}", ${a}.${rng.pick(['checked_add', 'checked_sub', 'checked_mul', 'checked_div', 'checked_rem', 'checked_pow'])}(${rng.pick(['0', '1', '2', '31', '200'])}));`,
      `    println!("{}", ${a}.${rng.pick(['wrapping_add', 'wrapping_sub', 'wrapping_mul', 'saturating_mul', 'saturating_sub', 'overflowing_add', 'rotate_left', 'pow'])}(${rng.pick(['0', '1', '2', '31', '200'])}));`.replace('println!("{}", (', rng.chance(0.5) ? 'println!("{:?}", (' : 'println!("{}", ('),
      `    let s: u32 = ${rng.pick(['0', '1', '7', '31', '32', '63', '64', '127', '128', '200'])};\n    println!("{}", ${a} ${rng.pick(['<<', '>>'])} s);`,
      `    println!("{}", ${a}.${rng.pick(['abs()', 'signum()', 'count_ones()', 'leading_zeros()', 'trailing_zeros()', 'swap_bytes()', 'reverse_bits()', 'is_power_of_two()', 'next_power_of_two()'])});`,
      `    println!("{} {}", ${a} as ${rng.pick(NUM_TYPES)}, ${a} as f64);`,
      `    println!("{} {:?} {:e}", (${rng.pick(['f64::NAN', 'f64::INFINITY', '-0.0f64', 'f64::MAX', 'f64::MIN_POSITIVE', '1e300 * 1e10', '0.1 + 0.2', 'f32::MAX as f64', '(2.0f64).sqrt()', '(-1.0f64).sqrt()'])}) as ${rng.pick(['i32', 'u8', 'i64', 'u64', 'f32', 'f64', 'usize'])}, 1.0f64 / 3.0, 123456.789f64);`,
      `    println!("{:${rng.pick(['', '>8', '<8', '^9', '08', '+', '#x', '#b', '#o', 'X', '010.3', '.0', '.20', 'e', '#?', '?', '>+12.2', '*^7'])}}", ${rng.pick([a, '1.5f64', '-0.0f64', '"héllo"', "'😀'", 'true', 'f64::NAN', '(1, "a")', 'vec![1u8, 2]', 'Some(-3i64)'])});`,
      `    let c = char::from_u32(${rng.pick(['0x41', '0xD800', '0x10FFFF', '0x110000', '0'])});\n    println!("{:?} {}", c, (${rng.pick(['65u8', '255u8', '0u8'])} as char).len_utf8());`,
      `    let v: Vec<${t}> = vec![${edge(rng, t)}, ${edge(rng, t)}, ${edge(rng, t)}];\n    println!("{:?} {:?} {}", v.iter().max(), v.iter().${rng.pick(['sum', 'product'])}::<${t}>(), v.iter().map(|x| *x as i128).sum::<i128>());`,
      `    println!("{:?}", "${rng.pick(['42', '-0', '+7', ' 3', '999999999999999999999', '0x10', '', '-', '1e3', '3.14', 'NaN', 'inf'])}".parse::<${rng.pick([t, 'f64', 'f32'])}>());`,
    ]);
  });
  return main(lines.join('\n'));
}

function manyStatements(rng: Rng): string {
  const n = rng.size(300, 4000);
  return choose(rng, 'statements', [
    () => main(Array.from({ length: n }, (_, i) => (i === 0 ? '    let x0: i64 = 0;' : `    let x${i} = x${i - 1} + ${i % 7};`)).join('\n') + `\n    assert_eq!(x${n - 1}, ${n});`),
    () => main(`    let mut s: u64 = 0;\n${'    s += 1;\n'.repeat(n)}    assert_eq!(s, ${n});`),
    () => main(`    let mut v = Vec::new();\n${Array.from({ length: n }, (_, i) => `    v.push(${i});`).join('\n')}\n    assert_eq!(v.len(), ${n});`),
    () => Array.from({ length: Math.min(n, 3000) }, (_, i) => `fn f${i}(x: i32) -> i32 { ${i === 0 ? 'x' : `f${i - 1}(x) + 1`} }`).join('\n') + '\n' + main(`    assert_eq!(f${Math.min(n, 3000) - 1}(0), ${Math.min(n, 3000) - 1});`),
    () => main(`    let x = 3;\n    let y = match x {\n${Array.from({ length: n }, (_, i) => `        ${i} => ${i * 2},`).join('\n')}\n        _ => 0,\n    };\n    assert_eq!(y, 6);`),
    () => main(`    let v = vec![${Array.from({ length: n * 5 }, (_, i) => i % 100).join(', ')}];\n    assert_eq!(v.iter().sum::<i32>(), 0);`),
    () => main(Array.from({ length: n }, (_, i) => `    let v${i % 50} = ${i};`).join('\n') + ';'.repeat(n)),
    () => `enum E {\n${Array.from({ length: n }, (_, i) => `    V${i},`).join('\n')}\n}\n` + main('    let e = E::V0;\n    match e { E::V0 => {} }'),
  ])();
}

const STRING_PIECES = ['\\n', '\\t', '\\\\', '\\"', "\\'", '\\0', '\\x41', '\\x7f', '\\u{1F600}', '\\u{10FFFF}', '\\u{0}', 'é', 'ß', '日本', '😀', '👨‍👩‍👧‍👦', '\u0301', '\u200b', 'abc', ' ', '{}', '{{', '}}', '{:?}', '%s', '\\u{D800}', '\\x80', '\\q'];

function strings(rng: Rng): string {
  const s = Array.from({ length: rng.size(10, 5000) }, () => rng.pick(STRING_PIECES)).join('');
  const plain = s.replace(/\\u\{D800\}|\\x80|\\q|\{|\}/g, '');
  return choose(rng, 'strings', [
    () => main(`    let s = "${s}";\n    println!("{}", s.len());\n    assert_eq!(s.chars().rev().collect::<String>().len(), s.len());`),
    () => main(`    let s = String::from("${plain}");\n    let t: String = s.chars().filter(|c| !c.is_ascii()).collect();\n    assert_eq!(&s[0..${rng.int(0, 5)}], "x");\n    println!("{} {}", t, t.len());`),
    () => main(`    let s = r#"${s.replace(/"#/g, '')}"#;\n    println!("{}", s);`),
    () => main(`    let b = b"${plain.replace(/[^\x00-\x7f]|\\u\{[^}]*\}/g, '')}";\n    println!("{:?}", b.len());`),
    () => main(`    println!("${s}");`),
    () => main(`    let c = '${rng.pick(['😀', 'é', '\\u{1F600}', '\\u{110000}', 'ab', '', '\\x80', '\\\\', "'"])}';\n    println!("{}", c as u32);`),
    () => main(`    let s = "${plain}".to_string();\n    let u = s.to_uppercase();\n    assert!(u.len() >= s.len());\n    println!("{:?}", s.char_indices().last());`),
    () => `// ${s}\n/* ${s} */\n` + main(`    assert_eq!("${plain}".chars().count(), 0);`),
  ])();
}

function garbage(rng: Rng): string {
  const n = rng.size(1, 5000);
  return choose(rng, 'garbage', [
    () => '',
    () => rng.pick([' ', '\n', '\t\r\n', '\uFEFF', '\u0000']).repeat(rng.int(1, 100)),
    () => Array.from({ length: rng.int(1, 50) }, () => rng.pick(['// just a comment', '/* block */', '/// doc', '//! inner doc', '/* nested /* comment */ still */', '/* unterminated', '# Heading', '```rust', '```', 'Here is the solution:'])).join('\n'),
    () => String.fromCharCode(...Array.from({ length: n }, () => rng.int(0, 255))),
    () => String.fromCodePoint(...Array.from({ length: Math.min(n, 2000) }, () => rng.chance(0.9) ? rng.int(0, 0xd7ff) : rng.int(0xe000, 0x10ffff))),
    () => Array.from({ length: n }, () => rng.pick(['{', '}', '(', ')', '[', ']', '<', '>', '"', "'", ';', '::', '=>', '#', '!', 'fn', 'main', '|', '\n'])).join(''),
    () => `fn main() ${'{'.repeat(rng.int(1, 200))}${'}'.repeat(rng.int(0, 200))}`,
    () => `fn main() { let x = ${'('.repeat(rng.int(1, 500))}1; }`,
    () => `fn main() { println!("${'{'.repeat(rng.int(1, 50))}", 1); }`,
    () => `fn main() { let v = vec![1, 2, 3 ${']'.repeat(rng.int(1, 100))}; }`,
    () => 'fn main() {\n    let s = "unterminated;\n}\n',
    () => `fn main() { assert_eq!(${'1,'.repeat(rng.int(0, 2000))}); }`,
    () => `fn main() { println!(${'"{}", '.repeat(rng.int(0, 300))}1); }`,
    () => `fn main() { ${Array.from({ length: rng.int(1, 100) }, () => rng.pick(['fn', 'let', 'mut', 'if', 'else', 'match', 'impl', 'struct', 'loop', 'where', 'unsafe', 'dyn', 'async', 'await', 'yield', 'macro_rules!', 'r#', "'a", '?', '..=', '@', '$'])).join(' ')} }`,
  ])();
}

function nonTerminating(rng: Rng): string {
  return choose(rng, 'loop', [
    () => main('    loop {}'),
    () => main('    let mut x = 0u64;\n    while true { x += 0; }\n    assert_eq!(x, 1);'),
    () => main('    for i in 0.. { if i < 0 { break; } }'),
    () => main('    let mut n: u64 = 0;\n    for _ in 0..u64::MAX { n = n.wrapping_add(1); }\n    println!("{}", n);'),
    () => `fn f(n: u64) -> u64 { f(n + 1) }\n` + main('    assert_eq!(f(0), 1);'),
    () => `fn f(n: u64) -> u64 { if n == 0 { 0 } else { 1 + f(n - 1) } }\n` + main(`    assert_eq!(f(${rng.pick([1000, 10000, 100000, 1000000, 100000000])}), 1);`),
    () => `fn a(n: i32) -> i32 { b(n) + 1 }\nfn b(n: i32) -> i32 { a(n) - 1 }\n` + main('    assert_eq!(a(1), 1);'),
    () => `fn fib(n: u64) -> u64 { if n < 2 { n } else { fib(n - 1) + fib(n - 2) } }\n` + main(`    assert_eq!(fib(${rng.int(30, 90)}), 1);`),
    () => `fn ack(m: u64, n: u64) -> u64 { if m == 0 { n + 1 } else if n == 0 { ack(m - 1, 1) } else { ack(m - 1, ack(m, n - 1)) } }\n` + main('    assert_eq!(ack(3, 12), 1);'),
    () => `fn f(v: Vec<i32>) -> usize { let mut w = v.clone(); w.push(1); f(w) }\n` + main('    assert_eq!(f(vec![]), 0);'),
    () => `fn f(s: String) -> String { f(s.clone() + &s) }\n` + main('    assert_eq!(f("a".to_string()), "");'),
    () => main('    let mut s = String::from("ab");\n    loop { s = s.clone() + &s; }'),
    () => main('    let mut v = vec![1];\n    loop { let w = v.clone(); v.extend(w); }'),
    () => main('    let mut i: i32 = 1;\n    while i != 0 { i = i.wrapping_mul(3); }'),
    () => main('    let mut x = 27u64;\n    while x != 1 { x = if x % 2 == 0 { x / 2 } else { 3 * x + 1 }; x += 0; if x == 4 { x = 27; } }'),
    () => main('    let c = |f: &dyn Fn()| f();\n    loop { c(&|| {}); }'),
  ])();
}

function hugeAllocation(rng: Rng): string {
  const n = rng.pick(['1_000_000', '100_000_000', '1 << 31', '1 << 40', 'usize::MAX', 'usize::MAX / 2', '4294967296']);
  return main(choose(rng, 'alloc', [
    `    let v = vec![0u8; ${n}];\n    assert_eq!(v.len(), 0);`,
    `    let v: Vec<i64> = Vec::with_capacity(${n});\n    assert_eq!(v.len(), 0);`,
    `    let s = "ab".repeat(${n});\n    assert_eq!(s.len(), 0);`,
    `    let s = String::with_capacity(${n});\n    assert!(s.is_empty());`,
    `    let s = format!("{:>width$}", 1, width = ${n});\n    assert_eq!(s.len(), 0);`,
    `    let s = format!("{:0${rng.pick(['100000000', '4294967296', '99999999999999999999'])}}", 1);\n    println!("{}", s.len());`,
    `    let s = format!("{:.${rng.pick(['100000', '4294967296', '1000000000'])}}", 1.5);\n    println!("{}", s.len());`,
    `    let v: Vec<u64> = (0..${n}).collect();\n    println!("{}", v.len());`,
    `    let v = vec![vec![0i32; 100_000]; 100_000];\n    println!("{}", v.len());`,
    `    let v = vec![String::from("x"); ${n}];\n    println!("{}", v.len());`,
    `    let a = [0u8; ${rng.pick(['1_000_000_000', '1 << 40', '100'])}];\n    println!("{}", a.len());`,
    `    let mut v = vec![1, 2, 3];\n    v.resize(${n}, 0);\n    println!("{}", v.len());`,
    `    let x = 2u128.pow(${rng.pick(['127', '128', '200', '4000000000'])});\n    println!("{}", x);`,
    `    let x = 10f64.powi(${rng.pick(['308', '309', '-400', '2147483647'])});\n    println!("{} {:?} {:e}", x, x, x);`,
    `    let s: String = std::iter::repeat('x').take(${n}).collect();\n    println!("{}", s.len());`,
  ]));
}

export function pathologicalProgram(rng: Rng): { source: string; label: string } {
  const source = rng.weighted<() => string>([
    [NESTED_WEIGHT, () => choose(rng, 'nested', NESTED)(rng.size(50, 2000))],
    [1.2, () => hugeLiteral(rng)],
    [1.5, () => numeric(rng)],
    [0.25, () => manyStatements(rng)],
    [2, () => strings(rng)],
    [2, () => garbage(rng)],
    [0.4, () => nonTerminating(rng)],
    [0.35, () => hugeAllocation(rng)],
    [0.1, () => { label = 'long-line'; return main(`    let x = ${'1 + '.repeat(rng.size(1000, 20000))}1;\n    println!("{}", x);`); }],
  ])();
  return { source, label };
}
