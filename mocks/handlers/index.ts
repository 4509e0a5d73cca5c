import { API_BASE_URL } from '../http';
import { routeTable } from '../route-table';
import { auditHandlers } from './audit';
import { complaintsHandlers } from './complaints';
import { complianceHandlers } from './compliance';
import { consentHandlers } from './consent';
import { dsarsHandlers } from './dsars';
import { overviewHandlers } from './overview';
import { peopleHandlers } from './people';
import { policiesHandlers } from './policies';
import { recipientsHandlers } from './recipients';
import { reportsHandlers } from './reports';
import { sessionHandlers } from './session';
import { violationsHandlers } from './violations';

/** Every route of the mock API, one file per area, behind one MSW handler (see routeTable). */
export const handlers = [
  routeTable(API_BASE_URL, [
    ...sessionHandlers,
    ...overviewHandlers,
    ...peopleHandlers,
    ...consentHandlers,
    ...dsarsHandlers,
    ...recipientsHandlers,
    ...complianceHandlers,
    ...violationsHandlers,
    ...complaintsHandlers,
    ...policiesHandlers,
    ...reportsHandlers,
    ...auditHandlers,
  ]),
];
