import { describe, expect, it } from 'vitest';
import type { ApiError } from '@/api/api-error';
import { api, csrfHeader, unwrap, unwrapWithEtag } from '@/api/client';
import type { Schemas } from '@/api/types';
import { setScenario } from '../../mocks/scenario';
import { UNKNOWN_ID, createHeaders, failure, signInAs } from './helpers';

const KEY_A = '6f1c1f8e-8a39-4d55-9a51-0d2d7c3f0a01';
const KEY_B = '6f1c1f8e-8a39-4d55-9a51-0d2d7c3f0a02';

const pointers = (error: ApiError) => error.fieldErrors.map((fieldError) => fieldError.pointer).sort();

function processorInput(overrides: Partial<Schemas['RecipientInput']> = {}): Schemas['RecipientInput'] {
  return {
    name: 'Mailroom Test BV',
    category: 'email_delivery',
    role: 'processor',
    direction: 'outbound',
    dataCategories: ['account'],
    purposes: ['E-mail versturen namens Engcode'],
    legalBasis: 'contract',
    agreement: { status: 'draft', signedOn: null, expiresOn: null, reference: 'DPA-2026-099 (ontwerp)' },
    country: 'NL',
    transferSafeguard: 'not_applicable',
    owner: 'Marketing',
    website: 'https://mailroom.example',
    lastReviewedOn: '2026-11-01',
    nextReviewDue: '2027-11-01',
    gatingPurpose: null,
    ...overrides,
  };
}


describe('GET /recipients', () => {
  it('lists the register sorted by name with warning counts over the whole register', async () => {
    await signInAs('privacy_officer');
    const list = await unwrap(api.GET('/recipients', { params: { query: { pageSize: 100 } } }));
    expect(list.totalItems).toBe(17);
    const names = list.items.map((item) => item.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'nl-BE', { sensitivity: 'base' })));
    expect(names).toEqual(expect.arrayContaining(['Facebook (Meta Platforms Ireland Ltd.)', 'Employers on Business plans', 'FOD Justitie']));
    expect(list.warningCounts).toEqual({
      processor_without_agreement: 1,
      agreement_expiring: 1,
      transfer_without_safeguard: 1,
      review_overdue: 2,
      consent_purpose_without_consent: 1,
    });
    const facebook = list.items.find((item) => item.name.startsWith('Facebook'));
    expect(facebook).toMatchObject({ role: 'independent_controller', legalBasis: 'consent', gatingPurpose: 'social_facebook', dataCategories: ['account'], warnings: [] });
    expect(facebook?.peopleConcerned).toBeGreaterThan(1000);
    const twitter = list.items.find((item) => item.name.startsWith('Twitter'));
    expect(twitter?.warnings).toEqual(['review_overdue']);
    const inbound = list.items.filter((item) => item.direction === 'inbound').map((item) => item.category);
    expect(new Set(inbound)).toEqual(new Set(['advertising_network', 'analytics_provider', 'search_information_provider']));
  });

  it('filters by role, category, legal basis, warning and name, and sorts on request', async () => {
    await signInAs('support');
    const authorities = await unwrap(api.GET('/recipients', { params: { query: { role: ['authority'] } } }));
    expect(authorities.items.map((item) => item.legalBasis)).toEqual(['legal_obligation', 'legal_obligation', 'legal_obligation']);
    // The warning counts do not follow the filters.
    expect(authorities.warningCounts.review_overdue).toBe(2);
    const overdue = await unwrap(api.GET('/recipients', { params: { query: { warning: ['review_overdue'] } } }));
    expect(overdue.items.map((item) => item.name).sort()).toEqual(['Retargetly Media BV', 'Twitter International Unlimited Company']);
    const social = await unwrap(api.GET('/recipients', { params: { query: { category: ['social_platform'], legalBasis: ['consent'], q: 'LINKED' } } }));
    expect(social.items.map((item) => item.name)).toEqual(['LinkedIn Ireland Unlimited Company']);
    const byReview = await unwrap(api.GET('/recipients', { params: { query: { sort: '-nextReviewDue', pageSize: 3 } } }));
    expect(byReview.items).toHaveLength(3);
    expect(byReview.items[0]?.nextReviewDue).toBe('2027-08-01');
    const page2 = await unwrap(api.GET('/recipients', { params: { query: { page: 2, pageSize: 10 } } }));
    expect(page2.items).toHaveLength(7);
  });

  it('answers 400 naming an unknown filter value, sort field or parameter', async () => {
    await signInAs('management');
    const badCategory = await failure(api.GET('/recipients', { params: { query: { category: ['printer' as never] } } }));
    expect(badCategory.status).toBe(400);
    expect(badCategory.fieldErrors[0]?.pointer).toMatch(/^\/query\/category/);
    const badSort = await failure(api.GET('/recipients', { params: { query: { sort: 'website' } } }));
    expect(badSort.status).toBe(400);
    expect(badSort.fieldErrors[0]?.pointer).toMatch(/^\/query\/sort/);
    const unknown = await failure(api.GET('/recipients', { params: { query: { colour: 'red' } as never } }));
    expect(unknown.status).toBe(400);
  });

  it('answers 401 without a session', async () => {
    const error = await failure(api.GET('/recipients'));
    expect(error.status).toBe(401);
  });
});

describe('POST /recipients and PUT /recipients/{id}', () => {
  it('adds a processor with a draft agreement that warns until the agreement is recorded', async () => {
    await signInAs('privacy_officer');
    const created = await unwrapWithEtag(api.POST('/recipients', { body: processorInput(), params: { header: createHeaders(KEY_A) } }));
    expect(created.data.warnings).toEqual(['processor_without_agreement']);
    expect(created.data.version).toBe(1);
    expect(created.etag).toMatch(/^".+"$/);

    const read = await unwrapWithEtag(api.GET('/recipients/{recipientId}', { params: { path: { recipientId: created.data.id } } }));
    expect(read.etag).toBe(created.etag);

    const signedAgreement = { status: 'signed' as const, signedOn: '2026-11-20', expiresOn: '2028-11-20', reference: 'DPA-2026-099' };
    const updated = await unwrapWithEtag(
      api.PUT('/recipients/{recipientId}', {
        params: { path: { recipientId: created.data.id }, header: { ...csrfHeader, 'If-Match': read.etag } },
        body: processorInput({ agreement: signedAgreement }),
      }),
    );
    expect(updated.data.warnings).toEqual([]);
    expect(updated.data.version).toBe(2);
    expect(updated.etag).not.toBe(read.etag);

    const stale = await failure(
      api.PUT('/recipients/{recipientId}', {
        params: { path: { recipientId: created.data.id }, header: { ...csrfHeader, 'If-Match': read.etag } },
        body: processorInput({ owner: 'Sales' }),
      }),
    );
    expect(stale.status).toBe(412);
    expect(stale.currentEtag).toBe(updated.etag);

    const missing = await failure(
      api.PUT('/recipients/{recipientId}', {
        params: { path: { recipientId: created.data.id }, header: { ...csrfHeader } as never },
        body: processorInput({ owner: 'Sales' }),
      }),
    );
    expect(missing.status).toBe(428);

    const list = await unwrap(api.GET('/recipients', { params: { query: { q: 'mailroom' } } }));
    expect(list.items.map((item) => item.id)).toEqual([created.data.id]);
    expect(list.warningCounts.processor_without_agreement).toBe(1);
  });

  it('refuses each invalid field with its own pointer and message', async () => {
    await signInAs('privacy_officer');
    const error = await failure(
      api.POST('/recipients', {
        body: processorInput({
          agreement: { status: 'none', signedOn: '2026-05-01', expiresOn: '2026-01-01', reference: null },
          country: 'US',
          transferSafeguard: 'none',
          website: 'ftp://files.example',
          lastReviewedOn: '2026-10-01',
          nextReviewDue: '2026-09-01',
        }),
        params: { header: createHeaders(KEY_A) },
      }),
    );
    expect(error.status).toBe(422);
    expect(pointers(error)).toEqual(['/agreement/expiresOn', '/agreement/status', '/nextReviewDue', '/transferSafeguard', '/website']);
    expect(error.fieldErrorMap()['agreement.status']).toMatch(/Art\. 28/);
    expect(error.fieldErrorMap().transferSafeguard).toMatch(/outside the EEA/);

    const ok = await unwrap(
      api.POST('/recipients', {
        body: processorInput({ name: 'Norwegian Mail AS', country: 'NO', agreement: { status: 'signed', signedOn: '2026-01-01', expiresOn: null, reference: null } }),
        params: { header: createHeaders(KEY_B) },
      }),
    );
    expect(ok.warnings).toEqual([]);
  });

  it('replays an idempotent create and refuses the same key with another body', async () => {
    await signInAs('privacy_officer');
    const first = await unwrap(api.POST('/recipients', { body: processorInput(), params: { header: createHeaders(KEY_A) } }));
    const again = await unwrap(api.POST('/recipients', { body: processorInput(), params: { header: createHeaders(KEY_A) } }));
    expect(again.id).toBe(first.id);
    const list = await unwrap(api.GET('/recipients', { params: { query: { q: 'Mailroom' } } }));
    expect(list.totalItems).toBe(1);
    const reused = await failure(api.POST('/recipients', { body: processorInput({ owner: 'Sales' }), params: { header: createHeaders(KEY_A) } }));
    expect(reused.status).toBe(422);
    const duplicate = await failure(api.POST('/recipients', { body: processorInput(), params: { header: createHeaders(KEY_B) } }));
    expect(pointers(duplicate)).toEqual(['/name']);
  });

  it('lets only the privacy officer write, and answers 404 and 400 for bad ids', async () => {
    await signInAs('support');
    const support = await failure(api.POST('/recipients', { body: processorInput(), params: { header: createHeaders(KEY_A) } }));
    expect(support.status).toBe(403);
    await signInAs('management');
    const list = await unwrap(api.GET('/recipients'));
    const first = list.items[0];
    if (!first) throw new Error('empty register');
    const read = await unwrapWithEtag(api.GET('/recipients/{recipientId}', { params: { path: { recipientId: first.id } } }));
    const management = await failure(
      api.PUT('/recipients/{recipientId}', { params: { path: { recipientId: first.id }, header: { ...csrfHeader, 'If-Match': read.etag } }, body: processorInput() }),
    );
    expect(management.status).toBe(403);
    const missing = await failure(api.GET('/recipients/{recipientId}', { params: { path: { recipientId: UNKNOWN_ID } } }));
    expect(missing.status).toBe(404);
    const malformed = await failure(api.GET('/recipients/{recipientId}', { params: { path: { recipientId: 'nope' } } }));
    expect(malformed.status).toBe(400);
  });
});

describe('GET /data-flows', () => {
  it('links data categories to recipients weighted by people concerned, filtered', async () => {
    await signInAs('management');
    const flows = await unwrap(api.GET('/data-flows'));
    const categoryNodes = flows.nodes.filter((node) => node.kind === 'data_category');
    expect(categoryNodes.map((node) => node.id)).toContain('category:account');
    expect(flows.links.every((link) => link.people > 0)).toBe(true);
    const nodeIds = new Set(flows.nodes.map((node) => node.id));
    expect(flows.links.every((link) => nodeIds.has(link.source) && nodeIds.has(link.target))).toBe(true);
    // Inbound parties send data into Engcode's categories.
    const statlytics = flows.nodes.find((node) => node.label === 'Statlytics GmbH');
    expect(flows.links.find((link) => link.source === statlytics?.id)?.target).toBe('category:usage_technical');

    const consent = await unwrap(api.GET('/data-flows', { params: { query: { legalBasis: ['consent'], category: ['social_platform'] } } }));
    expect(consent.nodes.filter((node) => node.kind === 'recipient')).toHaveLength(3);
    expect(consent.links.every((link) => link.legalBasis === 'consent')).toBe(true);
    const bad = await failure(api.GET('/data-flows', { params: { query: { legalBasis: ['whim' as never] } } }));
    expect(bad.status).toBe(400);
  });
});

describe('disclosures to authorities', () => {
  async function authorityId(name: string): Promise<string> {
    const list = await unwrap(api.GET('/recipients', { params: { query: { role: ['authority'] } } }));
    const found = list.items.find((item) => item.name.startsWith(name));
    if (!found) throw new Error(`No authority ${name}`);
    return found.id;
  }

  it('lists ~24 disclosures newest first to the privacy officer only', async () => {
    await signInAs('privacy_officer');
    const list = await unwrap(api.GET('/disclosures', { params: { query: { pageSize: 100 } } }));
    expect(list.totalItems).toBe(24);
    const dates = list.items.map((item) => item.disclosedOn);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates.at(-1)! < '2022-12-01').toBe(true);
    const silent = list.items.filter((item) => !item.personNotified);
    expect(silent.length).toBeGreaterThan(3);
    expect(silent.every((item) => (item.notNotifiedReason ?? '').length > 10)).toBe(true);
    expect(new Set(list.items.map((item) => item.legalGround)).size).toBe(3);

    const police = await authorityId('Politie');
    const filtered = await unwrap(api.GET('/disclosures', { params: { query: { recipientId: police, legalGround: ['law_enforcement_request'], sort: 'disclosedOn' } } }));
    expect(filtered.items.every((item) => item.recipient.id === police && item.legalGround === 'law_enforcement_request')).toBe(true);

    await signInAs('support');
    expect((await failure(api.GET('/disclosures'))).status).toBe(403);
    await signInAs('management');
    expect((await failure(api.GET('/disclosures'))).status).toBe(403);
  });

  it('records a disclosure, requiring a reason when the person was not told', async () => {
    await signInAs('privacy_officer');
    const justice = await authorityId('FOD Justitie');
    const body: Schemas['DisclosureCreate'] = {
      recipientId: justice,
      disclosedOn: '2026-11-24',
      legalGround: 'court_order',
      requestReference: 'Beschikking OR 26/4242',
      dataCategories: ['account'],
      peopleCount: 1,
      personNotified: false,
      notNotifiedReason: null,
    };
    const noReason = await failure(api.POST('/disclosures', { body, params: { header: createHeaders(KEY_A) } }));
    expect(noReason.status).toBe(422);
    expect(pointers(noReason)).toEqual(['/notNotifiedReason']);

    const facebook = (await unwrap(api.GET('/recipients', { params: { query: { q: 'facebook' } } }))).items[0]?.id ?? '';
    const notAuthority = await failure(api.POST('/disclosures', { body: { ...body, recipientId: facebook, notNotifiedReason: 'Gag order' }, params: { header: createHeaders(KEY_B) } }));
    expect(pointers(notAuthority)).toEqual(['/recipientId']);

    const withReason = { ...body, notNotifiedReason: 'De onderzoeksrechter legde geheimhouding op.' };
    const created = await unwrap(api.POST('/disclosures', { body: withReason, params: { header: createHeaders(KEY_A) } }));
    expect(created).toMatchObject({ recipient: { id: justice, name: 'FOD Justitie' }, recordedBy: { displayName: 'Els Peeters' } });
    expect(created.reference).toMatch(/^DISC-2026-\d{4}$/);
    const replay = await unwrap(api.POST('/disclosures', { body: withReason, params: { header: createHeaders(KEY_A) } }));
    expect(replay.id).toBe(created.id);
    const list = await unwrap(api.GET('/disclosures'));
    expect(list.totalItems).toBe(25);
    expect(list.items[0]?.id).toBe(created.id);

    await signInAs('management');
    const refused = await failure(api.POST('/disclosures', { body: withReason, params: { header: createHeaders(KEY_B) } }));
    expect(refused.status).toBe(403);
  });

  it('counts disclosures per quarter and legal ground for management, never for support', async () => {
    await signInAs('management');
    const stats = await unwrap(api.GET('/disclosure-statistics'));
    expect(stats.byQuarter.at(-1)?.quarter).toBe('2026-Q4');
    expect(stats.byQuarter.reduce((sum, quarter) => sum + quarter.total, 0)).toBe(24);
    for (const quarter of stats.byQuarter) {
      expect(quarter.byLegalGround.map((entry) => entry.key)).toEqual(['court_order', 'law_enforcement_request', 'national_security']);
      expect(quarter.byLegalGround.reduce((sum, entry) => sum + entry.count, 0)).toBe(quarter.total);
    }
    await signInAs('support');
    expect((await failure(api.GET('/disclosure-statistics'))).status).toBe(403);
  });

  it('scales with the large scenario and is empty in the empty one', async () => {
    setScenario('large');
    await signInAs('privacy_officer');
    expect((await unwrap(api.GET('/disclosures'))).totalItems).toBe(240);
    const register = await unwrap(api.GET('/recipients', { params: { query: { q: 'MailHaven' } } }));
    expect(register.items[0]?.peopleConcerned).toBe(Math.round(200_000 * 0.97));
  });

  it('shows an empty register in the empty scenario', async () => {
    setScenario('empty');
    await signInAs('privacy_officer');
    const register = await unwrap(api.GET('/recipients'));
    expect(register.totalItems).toBe(0);
    expect((await unwrap(api.GET('/disclosure-statistics'))).byQuarter).toEqual([]);
    expect((await unwrap(api.GET('/data-flows'))).nodes).toEqual([]);
  });
});

describe('CSV exports', () => {
  it('exports the register as Belgian-Excel CSV, filtered, audited with the reason, to the privacy officer only', async () => {
    await signInAs('privacy_officer');
    const { data: blob, response } = await api.GET('/exports/recipients', { params: { query: { reason: 'Art. 30 register for the annual review' } }, parseAs: 'blob' });
    expect(response.status).toBe(200);
    // The byte-order mark is what makes Excel read UTF-8; Response.text() would hide it.
    const bytes = new Uint8Array(await (blob ?? new Blob()).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const data = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(response.headers.get('Content-Type')).toMatch(/^text\/csv/);
    expect(response.headers.get('Content-Disposition')).toMatch(/^attachment; filename="recipients-register-\d{4}-\d{2}-\d{2}\.csv"$/);
    const text = data ?? '';
    expect(text.startsWith('\uFEFFRecipient;Category;Role;')).toBe(true);
    const lines = text.split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(18);
    expect(text).toContain('SurveyStack LLC;market research;sub processor;outbound;account;');
    expect(text).toContain(';US;yes;none;');

    const filtered = await api.GET('/exports/recipients', { params: { query: { reason: 'Processors to follow up', warning: ['processor_without_agreement'] } }, parseAs: 'text' });
    expect((filtered.data ?? '').split('\r\n').filter(Boolean)).toHaveLength(2);

    const audit = await unwrap(api.GET('/audit-events', { params: { query: { action: ['export'] } } }));
    expect(audit.items.some((event) => event.resourceType === 'recipient' && event.reason === 'Art. 30 register for the annual review')).toBe(true);

    const noReason = await failure(api.GET('/exports/recipients', { params: { query: {} as never }, parseAs: 'text' }));
    expect(noReason.status).toBe(400);
    await signInAs('management');
    expect((await failure(api.GET('/exports/recipients', { params: { query: { reason: 'Board meeting' } }, parseAs: 'text' }))).status).toBe(403);
  });

  it('neutralises a formula typed into a register field', async () => {
    await signInAs('privacy_officer');
    await unwrap(api.POST('/recipients', { body: processorInput({ name: '=HYPERLINK("http://evil.example")', owner: '+Sales' }), params: { header: createHeaders(KEY_A) } }));
    const { data } = await api.GET('/exports/recipients', { params: { query: { reason: 'Check', q: 'HYPERLINK' } }, parseAs: 'text' });
    const row = (data ?? '').split('\r\n')[1] ?? '';
    expect(row.startsWith(`"'=HYPERLINK(""http://evil.example"")"`)).toBe(true);
    expect(row).toContain(";'+Sales;");
  });

  it('exports the disclosure log to the privacy officer, never to management', async () => {
    await signInAs('privacy_officer');
    const { data, response } = await api.GET('/exports/disclosures', { params: { query: { reason: 'Transparency report 2026', legalGround: ['national_security'] } }, parseAs: 'text' });
    expect(response.status).toBe(200);
    const lines = (data ?? '').split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('Reference;Disclosed on;Authority;Legal ground;Request reference;Data disclosed;People concerned;Person told;Why not told;Recorded by;Recorded at');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(1).every((line) => line.includes(';national security;') && line.includes(';no;'))).toBe(true);
    await signInAs('management');
    expect((await failure(api.GET('/exports/disclosures', { params: { query: { reason: 'Board meeting' } }, parseAs: 'text' }))).status).toBe(403);
  });
});
