import { MockDb } from './mocks/db/index';
import { consentArea, consentRates, consentExpirations, generateConsentHistory, personConsentEvents } from './mocks/db/consent';
import { personBasics } from './mocks/db/people';
const scale = Number(process.argv[2] ?? 1);
const db = new MockDb(scale);
const store = db.area(consentArea);
let t = performance.now();
let maxBlock = 0; let last = performance.now();
const timer = setInterval(() => { const now = performance.now(); maxBlock = Math.max(maxBlock, now - last); last = now; }, 1);
await store.ready();
clearInterval(timer);
console.log('build', db.peopleCount, (performance.now() - t).toFixed(0), 'ms; max gap', maxBlock.toFixed(1));
let n = 0; const dec = [0,0,0,0,0];
for (let i = 0; i < 2000; i++) generateConsentHistory(personBasics(i), (p, d) => { if (d !== 4) n++; dec[d]++; });
console.log('events/person', n / 2000, dec);
t = performance.now();
const r = consentRates(store, { from: '2019-09-01', to: '2026-11-25', granularity: 'quarter' }, db.policyVersions);
console.log('rates quarter all', (performance.now() - t).toFixed(1));
for (const s of r.series) console.log(s.purpose.padEnd(22), 'asked', s.totals.asked, 'opt-in', s.totals.optInRate, 'consent', s.totals.consentRate, 'withdrawn', s.totals.withdrawn);
t = performance.now();
const w = consentRates(store, { from: '2025-11-26', to: '2026-11-25', granularity: 'week', groupBy: 'channel' }, db.policyVersions);
console.log('rates week by channel', (performance.now() - t).toFixed(1));
const m = consentRates(store, { from: '2022-11-26', to: '2026-11-25', granularity: 'month' }, db.policyVersions);
for (const s of m.series) { const a = s.points.filter(p => p.anomaly); if (a.length) console.log('month', s.purpose, a.map(p => p.periodStart + ':' + p.anomaly + ':' + p.consentRate).join(' ')); }
const wk = consentRates(store, { from: '2024-11-26', to: '2026-11-25', granularity: 'week' }, db.policyVersions);
for (const s of wk.series) { const a = s.points.filter(p => p.anomaly); if (a.length) console.log('week', s.purpose, a.map(p => p.periodStart + ':' + p.anomaly + ':' + p.consentRate).join(' ')); }
const d = consentRates(store, { from: '2025-11-26', to: '2026-11-25', granularity: 'day' }, db.policyVersions);
for (const s of d.series) { const a = s.points.filter(p => p.anomaly); if (a.length) console.log('day', s.purpose, a.length, a.slice(0,5).map(p => p.periodStart + ':' + p.anomaly).join(' ')); }
t = performance.now();
console.log(JSON.stringify(consentExpirations(store, '2026-11-25')), (performance.now() - t).toFixed(1));
t = performance.now();
const ev = personConsentEvents(db, db.person(7));
console.log('person events', ev.length, (performance.now() - t).toFixed(1));
console.log(JSON.stringify(ev.slice(0, 3), null, 1));
