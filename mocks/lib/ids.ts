/**
 * Deterministic, opaque-looking UUIDs. `uuidFor(namespace, n)` is a bijection on n per namespace,
 * so a record's index can be recovered from its id without an index (`indexFromUuid`): the mock
 * can answer GET /people/{id} for 200,000 people it has not generated yet.
 */
const MASK48 = (1n << 48n) - 1n;
const MULT = 0x9e3779b97f4an | 1n; // odd, so invertible modulo 2^48
const MULT_INV = modInverse(MULT, 1n << 48n);

function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [a, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  return ((oldS % m) + m) % m;
}

function mix(n: bigint): bigint {
  let x = (n * MULT) & MASK48;
  x ^= x >> 24n;
  return x;
}

function unmix(x: bigint): bigint {
  const y = x ^ (x >> 24n);
  return (y * MULT_INV) & MASK48;
}

/** Namespaces are 4 hex digits, so ids of different entities never collide. */
export function uuidFor(namespace: number, n: number): string {
  const body = mix(BigInt(n) + 1n).toString(16).padStart(12, '0');
  const ns = namespace.toString(16).padStart(4, '0');
  const check = (((n + 1) * 2654435761) >>> 0).toString(16).padStart(8, '0');
  return `${check}-${ns}-4${body.slice(0, 3)}-8${body.slice(3, 6)}-${body.slice(6, 12)}${check.slice(0, 6)}`;
}

/** The n for a uuid made by `uuidFor(namespace, n)`, or null if it was not made so. */
export function indexFromUuid(namespace: number, uuid: string): number | null {
  const match = /^[0-9a-f]{8}-([0-9a-f]{4})-4([0-9a-f]{3})-8([0-9a-f]{3})-([0-9a-f]{6})[0-9a-f]{6}$/.exec(uuid);
  if (!match) return null;
  const [, ns, a, b, c] = match;
  if (parseInt(ns ?? '', 16) !== namespace) return null;
  const n = Number(unmix(BigInt(`0x${a}${b}${c}`))) - 1;
  return n >= 0 && uuidFor(namespace, n) === uuid ? n : null;
}

export const NS = {
  staff: 0x5a01,
  organisation: 0x0a01,
  person: 0x9e01,
  consentEvent: 0xce01,
  purpose: 0x9001,
  policyVersion: 0x9701,
  dsar: 0xd501,
  timeline: 0x7101,
  recipient: 0x4e01,
  disclosure: 0xd101,
  check: 0xc401,
  checkResult: 0xc402,
  remediation: 0x4e4d,
  violation: 0x7102,
  complaint: 0xc001,
  complaintTimeline: 0xc002,
  announcement: 0xa001,
  report: 0x4e90,
  audit: 0xa0d1,
  created: 0xfe01,
} as const;
