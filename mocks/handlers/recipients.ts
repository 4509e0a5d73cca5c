import {
  dataFlows,
  isOutsideEea,
  disclosureStatistics,
  nextDisclosureReference,
  recipientResponse,
  recipientsArea,
  recipientWarnings,
  validateRecipientInput,
  warningCounts,
  type DisclosureRecord,
  type RecipientRecord,
  type RecipientsState,
} from '../db/recipients';
import { staffMember } from '../db/core';
import type { components } from '../../src/api/schema';
import { route, type QueryOf } from '../http';
import { toCsv } from '../lib/csv';
import { clock } from '../lib/clock';
import { assertIfMatch, etagFor } from '../lib/etag';
import { compareText, matchesAny, paginate, sortItems } from '../lib/list';
import { notFound, unprocessable } from '../lib/problem';

type Schemas = components['schemas'];

function findRecipient(state: RecipientsState, id: string): RecipientRecord {
  const record = state.recipients.find((candidate) => candidate.id === id);
  if (!record) throw notFound('recipient');
  return record;
}

function disclosureResponse(disclosure: DisclosureRecord, state: RecipientsState): Schemas['Disclosure'] {
  const recipient = state.recipients.find((candidate) => candidate.id === disclosure.recipientId);
  const { recipientId: _recipientId, ...rest } = disclosure;
  return { ...rest, dataCategories: [...rest.dataCategories], recipient: { id: disclosure.recipientId, name: recipient?.name ?? 'Unknown authority' } };
}

const AGREEMENT_ORDER: Record<Schemas['AgreementStatus'], number> = { none: 0, draft: 1, expired: 2, signed: 3, not_required: 4 };

type RecipientFilters = Pick<QueryOf<'/recipients', 'get'>, 'q' | 'category' | 'role' | 'legalBasis' | 'warning'>;

/** The register's filters, shared by the list and its CSV export so both select the same rows. */
function filterRecipients(records: readonly RecipientRecord[], query: RecipientFilters, today: string): RecipientRecord[] {
  const needle = query.q?.trim().toLowerCase() ?? '';
  return records.filter((record) => {
    if (!matchesAny(query.category, record.category)) return false;
    if (!matchesAny(query.role, record.role)) return false;
    if (!matchesAny(query.legalBasis, record.legalBasis)) return false;
    if (needle && !record.name.toLowerCase().includes(needle)) return false;
    if (query.warning && query.warning.length > 0) {
      const warnings = recipientWarnings(record, today);
      if (!query.warning.some((warning) => warnings.includes(warning))) return false;
    }
    return true;
  });
}

/** Enum keys as words for the CSV (`standard_contractual_clauses` -> `standard contractual clauses`). */
const words = (key: string) => key.replaceAll('_', ' ');

function csvHeaders(fileName: string) {
  return { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${fileName}"`, 'Cache-Control': 'no-store' };
}

/** The Art. 30(1)(d)-(e) view of the register: who receives what, why, on which basis, under which safeguard. */
function registerCsv(records: readonly RecipientRecord[], state: RecipientsState, today: string): string {
  const sorted = [...records].sort((a, b) => compareText(a.name, b.name));
  return toCsv(
    [
      'Recipient', 'Category', 'Role', 'Direction', 'Data categories', 'Purposes', 'Legal basis', 'Consent purpose', 'Agreement status',
      'Agreement signed on', 'Agreement review or expiry', 'Agreement reference', 'Country', 'Outside the EEA', 'Transfer safeguard', 'Owner',
      'Website', 'Last reviewed on', 'Next review due', 'People concerned', 'Warnings',
    ],
    sorted.map((record) => {
      const view = recipientResponse(record, state, today);
      return [
        view.name, words(view.category), words(view.role), view.direction, view.dataCategories.map(words).join(', '), view.purposes.join(' | '),
        words(view.legalBasis), view.gatingPurpose ? words(view.gatingPurpose) : '', words(view.agreement.status), view.agreement.signedOn,
        view.agreement.expiresOn, view.agreement.reference, view.country, isOutsideEea(view.country) ? 'yes' : 'no', words(view.transferSafeguard),
        view.owner, view.website, view.lastReviewedOn, view.nextReviewDue, view.peopleConcerned, view.warnings.map(words).join(', '),
      ];
    }),
  );
}

export const recipientsHandlers = [
  route.get('/recipients', { permission: 'recipients_read' }, ({ response }, { db, query }) => {
    const state = db.area(recipientsArea);
    const today = clock.today();
    const filtered = filterRecipients(state.recipients, query, today);
    // Names sort by the Dutch collation (accents, case); the shared helper compares plain strings.
    const byName = [...filtered].sort((a, b) => compareText(a.name, b.name));
    const nameRank = new Map(byName.map((record, index) => [record.id, index]));
    const sorted = sortItems(
      filtered,
      query.sort,
      {
        name: (record) => nameRank.get(record.id) ?? 0,
        category: (record) => record.category,
        role: (record) => record.role,
        legalBasis: (record) => record.legalBasis,
        country: (record) => record.country,
        nextReviewDue: (record) => record.nextReviewDue,
        agreementStatus: (record) => AGREEMENT_ORDER[record.agreement.status],
      },
      { fallback: 'name', tieBreaker: (record) => nameRank.get(record.id) ?? 0 },
    );
    return response(200).json({
      ...paginate(sorted, query, (record) => recipientResponse(record, state, today)),
      // Over the whole register, whatever the filters: the banner counts what needs attention.
      warningCounts: warningCounts(state.recipients, today),
    });
  }),

  route.post('/recipients', { permission: 'recipients_write' }, ({ response }, { db, body, audit }) => {
    const state = db.area(recipientsArea);
    const errors = validateRecipientInput(body, state.recipients);
    if (errors.length > 0) throw unprocessable(errors, 'Some fields of the recipient are refused.');
    const record: RecipientRecord = {
      ...body,
      name: body.name.trim(),
      dataCategories: [...body.dataCategories],
      purposes: body.purposes.map((purpose) => purpose.trim()),
      agreement: { ...body.agreement },
      id: db.newId(),
      // Nobody's data flows to a party just registered until the flow is set up and measured.
      peopleConcerned: 0,
      version: 1,
    };
    state.recipients.push(record);
    audit({ action: 'create', resourceType: 'recipient', resourceId: record.id, summary: `Added recipient "${record.name}" to the register` });
    return response(201).json(recipientResponse(record, state, clock.today()), {
      headers: { ETag: etagFor(record.id, record.version), Location: `/api/v1/recipients/${record.id}` },
    });
  }),

  route.get('/recipients/{recipientId}', { permission: 'recipients_read' }, ({ params, response }, { db }) => {
    const state = db.area(recipientsArea);
    const record = findRecipient(state, params.recipientId);
    return response(200).json(recipientResponse(record, state, clock.today()), { headers: { ETag: etagFor(record.id, record.version) } });
  }),

  route.put('/recipients/{recipientId}', { permission: 'recipients_write' }, ({ params, request, response }, { db, body, audit }) => {
    const state = db.area(recipientsArea);
    const record = findRecipient(state, params.recipientId);
    assertIfMatch(request, etagFor(record.id, record.version));
    const errors = validateRecipientInput(
      body,
      state.recipients.filter((other) => other.id !== record.id),
    );
    if (errors.length > 0) throw unprocessable(errors, 'Some fields of the recipient are refused.');
    Object.assign(record, {
      ...body,
      name: body.name.trim(),
      dataCategories: [...body.dataCategories],
      purposes: body.purposes.map((purpose) => purpose.trim()),
      agreement: { ...body.agreement },
      version: record.version + 1,
    });
    audit({ action: 'update', resourceType: 'recipient', resourceId: record.id, summary: `Edited recipient "${record.name}"` });
    return response(200).json(recipientResponse(record, state, clock.today()), { headers: { ETag: etagFor(record.id, record.version) } });
  }),

  route.get('/data-flows', { permission: 'recipients_read' }, ({ response }, { db, query }) => {
    const state = db.area(recipientsArea);
    const today = clock.today();
    const selected = state.recipients
      .filter((record) => matchesAny(query.category, record.category) && matchesAny(query.legalBasis, record.legalBasis))
      .map((record) => recipientResponse(record, state, today));
    return response(200).json(dataFlows(selected));
  }),

  route.get('/disclosures', { permission: 'disclosures_read' }, ({ response }, { db, query }) => {
    const state = db.area(recipientsArea);
    const names = new Map(state.recipients.map((record) => [record.id, record.name]));
    const filtered = state.disclosures.filter(
      (disclosure) => matchesAny(query.legalGround, disclosure.legalGround) && (!query.recipientId || disclosure.recipientId === query.recipientId),
    );
    const sorted = sortItems(
      filtered,
      query.sort,
      {
        disclosedOn: (disclosure) => disclosure.disclosedOn,
        authority: (disclosure) => names.get(disclosure.recipientId) ?? '',
        legalGround: (disclosure) => disclosure.legalGround,
      },
      { fallback: '-disclosedOn', tieBreaker: (disclosure) => disclosure.reference },
    );
    return response(200).json(paginate(sorted, query, (disclosure) => disclosureResponse(disclosure, state)));
  }),

  route.post('/disclosures', { permission: 'disclosures_write' }, ({ response }, { db, body, user, audit }) => {
    const state = db.area(recipientsArea);
    const today = clock.today();
    const errors: Schemas['FieldError'][] = [];
    const recipient = state.recipients.find((candidate) => candidate.id === body.recipientId);
    if (!recipient) errors.push({ pointer: '/recipientId', code: 'unknown', detail: 'No recipient in the register has this id.' });
    else if (recipient.role !== 'authority') {
      errors.push({ pointer: '/recipientId', code: 'not_an_authority', detail: 'Only disclosures to a public authority are logged here; pick an authority from the register.' });
    }
    if (body.disclosedOn > today) errors.push({ pointer: '/disclosedOn', code: 'in_future', detail: 'A disclosure cannot be dated in the future.' });
    const reason = body.notNotifiedReason?.trim() ?? '';
    if (!body.personNotified && reason === '') {
      errors.push({ pointer: '/notNotifiedReason', code: 'required', detail: 'Say why the person was not told (for example a gag order).' });
    }
    if (body.personNotified && reason !== '') {
      errors.push({ pointer: '/notNotifiedReason', code: 'not_allowed', detail: 'The person was told: leave the reason for not telling empty.' });
    }
    if (body.requestReference.trim() === '') errors.push({ pointer: '/requestReference', code: 'required', detail: "Give the authority's reference of the request." });
    if (errors.length > 0 || !recipient) throw unprocessable(errors, 'Some fields of the disclosure are refused.');
    const disclosure: DisclosureRecord = {
      id: db.newId(),
      reference: nextDisclosureReference(state, body.disclosedOn),
      recipientId: recipient.id,
      disclosedOn: body.disclosedOn,
      legalGround: body.legalGround,
      requestReference: body.requestReference.trim(),
      dataCategories: [...body.dataCategories],
      peopleCount: body.peopleCount,
      personNotified: body.personNotified,
      notNotifiedReason: body.personNotified ? null : reason,
      recordedBy: staffMember(user),
      recordedAt: clock.nowIso(),
    };
    state.disclosures.push(disclosure);
    audit({ action: 'create', resourceType: 'disclosure', resourceId: disclosure.id, summary: `Logged disclosure ${disclosure.reference} to ${recipient.name}` });
    return response(201).json(disclosureResponse(disclosure, state));
  }),

  route.get('/exports/recipients', { permission: 'recipients_write' }, ({ response }, { db, query, audit }) => {
    const state = db.area(recipientsArea);
    const today = clock.today();
    const selected = filterRecipients(state.recipients, query, today);
    audit({ action: 'export', resourceType: 'recipient', resourceId: null, summary: `Exported the recipients register as CSV (${selected.length} recipients)`, reason: query.reason });
    return response(200).text(registerCsv(selected, state, today), { headers: csvHeaders(`recipients-register-${today}.csv`) });
  }),

  route.get('/exports/disclosures', { permission: 'disclosures_read' }, ({ response }, { db, query, audit }) => {
    const state = db.area(recipientsArea);
    const names = new Map(state.recipients.map((record) => [record.id, record.name]));
    const selected = state.disclosures
      .filter((disclosure) => matchesAny(query.legalGround, disclosure.legalGround) && (!query.recipientId || disclosure.recipientId === query.recipientId))
      .sort((a, b) => (a.disclosedOn === b.disclosedOn ? b.reference.localeCompare(a.reference) : a.disclosedOn < b.disclosedOn ? 1 : -1));
    audit({ action: 'export', resourceType: 'disclosure', resourceId: null, summary: `Exported the disclosure log as CSV (${selected.length} disclosures)`, reason: query.reason });
    const csv = toCsv(
      ['Reference', 'Disclosed on', 'Authority', 'Legal ground', 'Request reference', 'Data disclosed', 'People concerned', 'Person told', 'Why not told', 'Recorded by', 'Recorded at'],
      selected.map((disclosure) => [
        disclosure.reference, disclosure.disclosedOn, names.get(disclosure.recipientId) ?? '', words(disclosure.legalGround), disclosure.requestReference,
        disclosure.dataCategories.map(words).join(', '), disclosure.peopleCount, disclosure.personNotified ? 'yes' : 'no', disclosure.notNotifiedReason,
        disclosure.recordedBy.displayName, disclosure.recordedAt,
      ]),
    );
    return response(200).text(csv, { headers: csvHeaders(`disclosure-log-${clock.today()}.csv`) });
  }),

  route.get('/disclosure-statistics', { permission: 'disclosure_statistics_read' }, ({ response }, { db }) => {
    const state = db.area(recipientsArea);
    return response(200).json(disclosureStatistics(state.disclosures, clock.today()));
  }),
];

