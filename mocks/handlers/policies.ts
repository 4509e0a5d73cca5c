import type { components } from '../../src/api/schema';
import type { PolicyVersionRecord } from '../db/core';
import {
  advanceAnnouncement,
  announcementResponse,
  compareVersions,
  latestVersion,
  MAX_RESENDS,
  policiesArea,
  policyVersionResponse,
  requeueBounced,
  startAnnouncement,
} from '../db/policies';
import { route } from '../http';
import { clock } from '../lib/clock';
import { assertIfMatch, etagFor } from '../lib/etag';
import { paginate } from '../lib/list';
import { conflict, notFound, unprocessable } from '../lib/problem';

type FieldError = components['schemas']['FieldError'];

export const policiesHandlers = [
  route.get('/policy-versions', { permission: 'policies_read' }, ({ response }, { db, query }) => {
    const newestFirst = [...db.policyVersions].sort((a, b) => compareVersions(b.version, a.version));
    return response(200).json(paginate(newestFirst, query, policyVersionResponse));
  }),

  route.post('/policy-versions', { permission: 'policies_write' }, ({ response }, { db, body, audit }) => {
    const { announcements } = db.area(policiesArea);
    const latest = latestVersion(db.policyVersions);
    if (latest && compareVersions(body.version, latest.version) <= 0) {
      throw conflict(`Version ${body.version} is not greater than the latest version ${latest.version}.`, 'version_not_greater');
    }
    const today = clock.today();
    const errors: FieldError[] = [];
    if (body.effectiveOn < today) errors.push({ pointer: '/effectiveOn', code: 'in_past', detail: 'A new version cannot take effect before it is published.' });
    else if (latest && body.effectiveOn < latest.effectiveOn) {
      errors.push({ pointer: '/effectiveOn', code: 'before_latest', detail: `The version in force takes effect on ${latest.effectiveOn}; a new one cannot take effect earlier.` });
    }
    if (body.summary.nl.trim() === '') errors.push({ pointer: '/summary/nl', code: 'required', detail: 'Summarise the changes in Dutch.' });
    if (body.summary.en.trim() === '') errors.push({ pointer: '/summary/en', code: 'required', detail: 'Summarise the changes in English.' });
    if (errors.length > 0) throw unprocessable(errors, 'Some fields of the new version are refused.');

    const publishedAt = clock.nowIso();
    const record: PolicyVersionRecord = {
      id: db.newId(),
      version: body.version,
      effectiveOn: body.effectiveOn,
      material: body.material,
      summary: { nl: body.summary.nl.trim(), en: body.summary.en.trim() },
      publishedAt,
      announcementId: null,
    };
    // A material change is announced by email to every registered user (the policy's promise);
    // a minor one only updates the date at the top of the policy.
    if (record.material) {
      const announcement = startAnnouncement(db.newId(), record.id, publishedAt, db.peopleCount);
      announcements.set(announcement.id, announcement);
      record.announcementId = announcement.id;
    }
    db.policyVersions.push(record);
    audit({ action: 'create', resourceType: 'policy_version', resourceId: record.id, summary: `Published policy version ${record.version}${record.material ? ' and started its announcement' : ''}` });
    return response(201).json(policyVersionResponse(record));
  }),

  route.get('/policy-versions/{versionId}', { permission: 'policies_read' }, ({ params, response }, { db }) => {
    const record = db.policyVersions.find((version) => version.id === params.versionId);
    if (!record) throw notFound('policy version');
    return response(200).json(policyVersionResponse(record));
  }),

  route.get('/announcements/{announcementId}', { permission: 'policies_read' }, ({ params, response }, { db }) => {
    const record = db.area(policiesArea).announcements.get(params.announcementId);
    if (!record) throw notFound('announcement');
    // Sending has no real time in the mock: every read moves it one step, so the screen that
    // polls it sees it progress and complete.
    advanceAnnouncement(record);
    return response(200).json(announcementResponse(record), { headers: { ETag: etagFor(record.id, record.version) } });
  }),

  route.post('/announcements/{announcementId}/resends', { permission: 'policies_write' }, ({ params, request, response }, { db, audit }) => {
    const record = db.area(policiesArea).announcements.get(params.announcementId);
    if (!record) throw notFound('announcement');
    assertIfMatch(request, etagFor(record.id, record.version));
    if (record.bounced === 0) throw conflict('No copy of this announcement bounced: there is nothing to send again.', 'nothing_bounced');
    if (record.resendCount >= MAX_RESENDS) throw conflict('This announcement was already sent again as often as allowed.', 'resend_limit');
    const count = record.bounced;
    requeueBounced(record);
    audit({ action: 'update', resourceType: 'announcement', resourceId: record.id, summary: `Queued ${count} bounced copies of the announcement again` });
    return response(200).json(announcementResponse(record), { headers: { ETag: etagFor(record.id, record.version) } });
  }),
];
