import { auditArea } from '../db/audit';
import { route } from '../http';
import { brusselsDate } from '../lib/dates';
import { matchesAny, paginate, sortItems } from '../lib/list';

export const auditHandlers = [
  route.get('/audit-events', { permission: 'audit_read' }, ({ response }, { db, query }) => {
    const { seeded } = db.area(auditArea);
    const all = [...seeded, ...db.auditEvents];
    const filtered = all.filter((event) => {
      if (query.actorId && event.actor.id !== query.actorId) return false;
      if (!matchesAny(query.action, event.action)) return false;
      if (!matchesAny(query.resourceType, event.resourceType)) return false;
      const day = query.from || query.to ? brusselsDate(event.occurredAt) : '';
      if (query.from && day < query.from) return false;
      if (query.to && day > query.to) return false;
      return true;
    });
    const sorted = sortItems(filtered, query.sort, { occurredAt: (event) => event.occurredAt }, { fallback: '-occurredAt', tieBreaker: (event) => event.id });
    return response(200).json(paginate(sorted, query));
  }),
];
