import type { components } from '../../src/api/schema';
import type { MockDb } from '../db';
import { auditArea } from '../db/audit';
import { route } from '../http';
import { clock } from '../lib/clock';
import { toCsv } from '../lib/csv';
import { brusselsDate } from '../lib/dates';
import { matchesAny, paginate, sortItems } from '../lib/list';
import { unprocessable } from '../lib/problem';

type AuditEvent = components['schemas']['AuditEvent'];

interface AuditFilter {
  actorId?: string;
  action?: readonly AuditEvent['action'][];
  resourceType?: readonly AuditEvent['resourceType'][];
  from?: string;
  to?: string;
}

/** A wider export is refused: a real server would stream, but a person cannot read more anyway. */
export const MAX_EXPORT_ROWS = 20_000;

/** The log on the list's filters, newest first; the list and its CSV export share it. */
function filteredLog(db: MockDb, query: AuditFilter): AuditEvent[] {
  const { seeded } = db.area(auditArea);
  const all = [...seeded, ...db.auditEvents];
  return all.filter((event) => {
    if (query.actorId && event.actor.id !== query.actorId) return false;
    if (!matchesAny(query.action, event.action)) return false;
    if (!matchesAny(query.resourceType, event.resourceType)) return false;
    const day = query.from || query.to ? brusselsDate(event.occurredAt) : '';
    if (query.from && day < query.from) return false;
    if (query.to && day > query.to) return false;
    return true;
  });
}

const newestFirst = (events: AuditEvent[]) => sortItems(events, '-occurredAt', { occurredAt: (event) => event.occurredAt }, { fallback: '-occurredAt', tieBreaker: (event) => event.id });

export const auditHandlers = [
  route.get('/audit-events', { permission: 'audit_read', areas: [auditArea] }, ({ response }, { db, query }) => {
    const filtered = filteredLog(db, query);
    const sorted = sortItems(filtered, query.sort, { occurredAt: (event) => event.occurredAt }, { fallback: '-occurredAt', tieBreaker: (event) => event.id });
    return response(200).json(paginate(sorted, query));
  }),

  route.get('/audit-events/export', { permission: 'audit_read', areas: [auditArea] }, ({ response }, { db, query, audit }) => {
    const reason = query.reason.trim();
    if (reason.length < 3) throw unprocessable([{ pointer: '/query/reason', code: 'too_short', detail: 'Say why the log is exported (at least 3 characters).' }]);
    const rows = newestFirst(filteredLog(db, query));
    if (rows.length > MAX_EXPORT_ROWS) {
      throw unprocessable([{ pointer: '/query/from', code: 'too_many', detail: `${rows.length} entries match; narrow the period to export at most ${MAX_EXPORT_ROWS}.` }], 'The selection is too large to export.');
    }
    // Written before the file leaves, so an export that reaches the person is always on record.
    audit({ action: 'export', resourceType: 'audit_log', resourceId: null, summary: `Exported ${rows.length} audit log entries as CSV`, reason });
    const csv = toCsv(
      ['occurredAt', 'actor', 'role', 'action', 'resourceType', 'resourceId', 'summary', 'reason'],
      rows.map((event) => [event.occurredAt, event.actor.displayName, event.actor.role, event.action, event.resourceType, event.resourceId, event.summary, event.reason]),
    );
    return response(200).text(csv, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Cache-Control': 'no-store',
        'Content-Disposition': `attachment; filename="audit-log-${clock.today()}.csv"`,
      },
    });
  }),
];
