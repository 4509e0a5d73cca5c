import { MockDb } from './mocks/db/index';
import { dsarArea, dsarStatistics, bandOf, deadlineOf, isClosed, timelineOf } from './mocks/db/dsars';
import { TODAY_DAY } from './mocks/db/people';
for (const scale of [1, 10]) {
  const db = new MockDb(scale);
  let t = performance.now();
  const st = db.area(dsarArea);
  console.log('seed', st.records.length, (performance.now() - t).toFixed(0), 'ms');
  const open = st.records.filter(r => !isClosed(r));
  const bands: Record<string, number> = {};
  for (const r of open) { const b = bandOf(r, TODAY_DAY) ?? 'x'; bands[b] = (bands[b] ?? 0) + 1; }
  const status: Record<string, number> = {};
  for (const r of st.records) status[r.status] = (status[r.status] ?? 0) + 1;
  const assignee: Record<string, number> = {};
  for (const r of open) { const a = r.assigneeId?.slice(0, 8) ?? 'none'; assignee[a] = (assignee[a] ?? 0) + 1; }
  console.log('open', open.length, bands, status, assignee, 'extended', st.records.filter(r => r.extension).length);
  t = performance.now();
  const s = dsarStatistics(db, '2025-11-26', '2026-11-25');
  console.log('stats', (performance.now() - t).toFixed(1), JSON.stringify({ ...s, byMonth: s.byMonth.length }));
  if (scale === 1) {
    const r = st.records.find(r => r.status === 'completed' && r.plan === 'business' && r.extension)!;
    console.log(JSON.stringify(r, null, 1).slice(0, 3000));
    console.log(JSON.stringify(timelineOf(r), null, 1).slice(0, 2000));
    console.log(st.records.slice(-3).map(r => r.reference + ' ' + r.receivedAt + ' ' + r.status));
    // check order of timeline
    let bad = 0;
    for (const r of st.records) { for (let i = 1; i < r.timeline.length; i++) if (r.timeline[i]!.at < r.timeline[i-1]!.at) bad++; if (r.timeline.some(f => f.at > '2026-11-25T08:30:00.000Z')) bad += 1000; }
    console.log('bad order', bad);
  }
}
