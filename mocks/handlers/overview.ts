import { complaintsArea } from '../db/complaints';
import { complianceArea } from '../db/compliance';
import { dsarArea } from '../db/dsars';
import { overviewFor } from '../db/overview';
import { violationsArea } from '../db/violations';
import { route } from '../http';

export const overviewHandlers = [
  route.get('/overview', { permission: 'overview_read', areas: [dsarArea, complaintsArea, violationsArea, complianceArea] }, ({ response }, { db, user }) => response(200).json(overviewFor(db, user))),
];
