import { MockDb } from './mocks/db/index';
import { consentArea, consentRates } from './mocks/db/consent';
const db = new MockDb(1);
const store = db.area(consentArea);
await store.ready();
const wk = consentRates(store, { from: '2026-11-01', to: '2026-11-25', granularity: 'day', purpose: ['transactional_email', 'social_twitter', 'marketing_email','marketing_onsite','social_linkedin'] }, db.policyVersions);
for (const s of wk.series) console.log(s.purpose.padEnd(20), s.points.map(p => p.withdrawn).join(' '));
