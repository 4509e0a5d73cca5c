import { overviewFor } from '../db/overview';
import { route } from '../http';

export const overviewHandlers = [
  route.get('/overview', { permission: 'overview_read' }, ({ response }, { db, user }) => response(200).json(overviewFor(db, user))),
];
