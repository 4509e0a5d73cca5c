import { describe, expect, it } from 'vitest';
import type { components } from '../../src/api/schema';
import {
  dataFlows,
  disclosureStatistics,
  quartersBetween,
  recipientWarnings,
  seedDisclosures,
  seedRecipients,
  validateRecipientInput,
  warningCounts,
  type DisclosureRecord,
  type RecipientInput,
} from './recipients';

type Recipient = components['schemas']['Recipient'];
const TODAY = '2026-11-25';

function input(overrides: Partial<RecipientInput> = {}): RecipientInput {
  return {
    name: 'Test BV',
    category: 'email_delivery',
    role: 'processor',
    direction: 'outbound',
    dataCategories: ['account'],
    purposes: ['E-mail'],
    legalBasis: 'contract',
    agreement: { status: 'signed', signedOn: '2025-01-01', expiresOn: null, reference: null },
    country: 'BE',
    transferSafeguard: 'not_applicable',
    owner: 'Marketing',
    website: null,
    lastReviewedOn: '2026-01-01',
    nextReviewDue: '2027-01-01',
    gatingPurpose: null,
    ...overrides,
  };
}

describe('recipientWarnings', () => {
  it('warns about a processor until its agreement is signed', () => {
    expect(recipientWarnings(input({ agreement: { status: 'draft', signedOn: null, expiresOn: null, reference: null } }), TODAY)).toEqual(['processor_without_agreement']);
    expect(recipientWarnings(input({ role: 'sub_processor', agreement: { status: 'none', signedOn: null, expiresOn: null, reference: null } }), TODAY)).toEqual(['processor_without_agreement']);
    expect(recipientWarnings(input(), TODAY)).toEqual([]);
    // An independent controller needs no processing agreement.
    expect(recipientWarnings(input({ role: 'independent_controller', agreement: { status: 'not_required', signedOn: null, expiresOn: null, reference: null } }), TODAY)).toEqual([]);
  });

  it('warns 60 days before a signed agreement ends, and once it has ended', () => {
    const ending = (expiresOn: string) => input({ agreement: { status: 'signed', signedOn: '2024-01-01', expiresOn, reference: null } });
    expect(recipientWarnings(ending('2027-01-24'), TODAY)).toEqual(['agreement_expiring']); // exactly 60 days
    expect(recipientWarnings(ending('2027-01-25'), TODAY)).toEqual([]); // 61 days
    expect(recipientWarnings(ending('2026-10-01'), TODAY)).toEqual(['agreement_expiring']);
    expect(recipientWarnings(input({ role: 'independent_controller', agreement: { status: 'expired', signedOn: '2020-01-01', expiresOn: '2025-01-01', reference: null } }), TODAY)).toEqual(['agreement_expiring']);
  });

  it('warns about transfers outside the EEA without a safeguard (Norway, Iceland and Liechtenstein are in)', () => {
    expect(recipientWarnings(input({ country: 'US', transferSafeguard: 'none' }), TODAY)).toEqual(['transfer_without_safeguard']);
    expect(recipientWarnings(input({ country: 'GB', transferSafeguard: 'not_applicable' }), TODAY)).toEqual(['transfer_without_safeguard']);
    expect(recipientWarnings(input({ country: 'US', transferSafeguard: 'standard_contractual_clauses' }), TODAY)).toEqual([]);
    for (const country of ['NO', 'IS', 'LI', 'HU', 'IE']) expect(recipientWarnings(input({ country }), TODAY)).toEqual([]);
  });

  it('counts a review as overdue only after its due day, and flags consent without a gating purpose', () => {
    expect(recipientWarnings(input({ nextReviewDue: TODAY }), TODAY)).toEqual([]);
    expect(recipientWarnings(input({ nextReviewDue: '2026-11-24' }), TODAY)).toEqual(['review_overdue']);
    expect(recipientWarnings(input({ nextReviewDue: null }), TODAY)).toEqual([]);
    expect(recipientWarnings(input({ legalBasis: 'consent' }), TODAY)).toEqual(['consent_purpose_without_consent']);
    // Nobody is asked to consent to strictly necessary cookies: a flow resting on that consent has none.
    expect(recipientWarnings(input({ legalBasis: 'consent', gatingPurpose: 'cookies_necessary' }), TODAY)).toEqual(['consent_purpose_without_consent']);
    expect(recipientWarnings(input({ legalBasis: 'consent', gatingPurpose: 'cookies_targeting' }), TODAY)).toEqual([]);
    expect(recipientWarnings(input({ legalBasis: 'consent', gatingPurpose: 'social_facebook' }), TODAY)).toEqual([]);
  });
});

describe('validateRecipientInput', () => {
  it('accepts a complete, consistent entry', () => {
    expect(validateRecipientInput(input())).toEqual([]);
    expect(validateRecipientInput(input({ website: 'http://example.be' }))).toEqual([]);
  });

  it('refuses a processor with no agreement at all but accepts a draft', () => {
    expect(validateRecipientInput(input({ agreement: { status: 'none', signedOn: null, expiresOn: null, reference: null } })).map((error) => error.pointer)).toEqual(['/agreement/status']);
    expect(validateRecipientInput(input({ agreement: { status: 'not_required', signedOn: null, expiresOn: null, reference: null } })).map((error) => error.pointer)).toEqual(['/agreement/status']);
    expect(validateRecipientInput(input({ agreement: { status: 'draft', signedOn: null, expiresOn: null, reference: null } }))).toEqual([]);
  });

  it('names each refused field', () => {
    const errors = validateRecipientInput(
      input({
        country: 'CN',
        transferSafeguard: 'not_applicable',
        website: 'mailto:info@example.com',
        agreement: { status: 'signed', signedOn: '2026-02-01', expiresOn: '2026-01-31', reference: null },
        lastReviewedOn: '2026-05-01',
        nextReviewDue: '2026-04-30',
      }),
    );
    expect(errors.map((error) => [error.pointer, error.code])).toEqual([
      ['/agreement/expiresOn', 'before_signed'],
      ['/transferSafeguard', 'safeguard_required'],
      ['/website', 'invalid_scheme'],
      ['/nextReviewDue', 'before_last_review'],
    ]);
  });

  it('keeps authorities and the public-authority category together, needs a signing date and a unique name', () => {
    expect(validateRecipientInput(input({ role: 'authority', agreement: { status: 'not_required', signedOn: null, expiresOn: null, reference: null } })).map((error) => error.pointer)).toEqual(['/category']);
    expect(validateRecipientInput(input({ category: 'public_authority', role: 'independent_controller' })).map((error) => error.pointer)).toEqual(['/role']);
    expect(validateRecipientInput(input({ agreement: { status: 'signed', signedOn: null, expiresOn: null, reference: null } })).map((error) => error.pointer)).toEqual(['/agreement/signedOn']);
    const existing = seedRecipients(100);
    expect(validateRecipientInput(input({ name: ' fod justitie ' }), existing).map((error) => error.code)).toEqual(['duplicate']);
  });
});

describe('the seeded register', () => {
  it('has every kind of party the policy names and one of each warning to show', () => {
    const records = seedRecipients(20_000);
    const categories = new Set(records.map((record) => record.category));
    expect(categories.size).toBe(10);
    expect(warningCounts(records, TODAY)).toEqual({
      processor_without_agreement: 1,
      agreement_expiring: 1,
      transfer_without_safeguard: 1,
      review_overdue: 2,
      consent_purpose_without_consent: 1,
    });
    // Seeded processors may lack a signed agreement (that is the warning), but none lacks one entirely.
    for (const record of records) expect(validateRecipientInput(record).filter((error) => error.pointer === '/agreement/status')).toEqual([]);
  });

  it('logs disclosures only to authorities, with a reason whenever the person was not told', () => {
    const records = seedRecipients(20_000);
    const { disclosures, counters } = seedDisclosures(24, records);
    const authorities = new Set(records.filter((record) => record.role === 'authority').map((record) => record.id));
    expect(disclosures).toHaveLength(24);
    for (const disclosure of disclosures) {
      expect(authorities.has(disclosure.recipientId)).toBe(true);
      expect(disclosure.personNotified || (disclosure.notNotifiedReason ?? '').length > 0).toBe(true);
      expect(disclosure.disclosedOn >= '2021-12-01' && disclosure.disclosedOn <= TODAY).toBe(true);
    }
    expect([...counters.values()].reduce((sum, count) => sum + count, 0)).toBe(24);
    expect(new Set(disclosures.map((disclosure) => disclosure.reference)).size).toBe(24);
  });
});

describe('disclosureStatistics and quartersBetween', () => {
  it('fills empty quarters and splits by legal ground', () => {
    expect(quartersBetween('2025-Q3', '2026-Q2')).toEqual(['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2']);
    const disclosure = (disclosedOn: string, legalGround: DisclosureRecord['legalGround']) => ({ disclosedOn, legalGround }) as DisclosureRecord;
    const stats = disclosureStatistics([disclosure('2026-03-31', 'court_order'), disclosure('2026-10-02', 'national_security'), disclosure('2026-10-03', 'national_security')], TODAY);
    expect(stats.byQuarter.map((quarter) => [quarter.quarter, quarter.total])).toEqual([
      ['2026-Q1', 1],
      ['2026-Q2', 0],
      ['2026-Q3', 0],
      ['2026-Q4', 2],
    ]);
    expect(stats.byQuarter[3]?.byLegalGround).toEqual([
      { key: 'court_order', count: 0 },
      { key: 'law_enforcement_request', count: 0 },
      { key: 'national_security', count: 2 },
    ]);
    expect(disclosureStatistics([], TODAY)).toEqual({ byQuarter: [] });
  });
});

describe('dataFlows', () => {
  it('points outbound links at the recipient and inbound links at the data category, skipping parties with no one concerned', () => {
    const base = { ...input(), warnings: [] as Recipient['warnings'], version: 1 };
    const records: Recipient[] = [
      { ...base, id: 'a', name: 'Out', dataCategories: ['account', 'billing_payment'], peopleConcerned: 10 },
      { ...base, id: 'b', name: 'In', direction: 'inbound', dataCategories: ['usage_technical'], peopleConcerned: 5 },
      { ...base, id: 'c', name: 'Nobody', peopleConcerned: 0 },
    ];
    const flows = dataFlows(records);
    expect(flows.nodes.map((node) => node.id)).toEqual(['category:account', 'category:billing_payment', 'category:usage_technical', 'recipient:a', 'recipient:b']);
    expect(flows.links).toEqual([
      { source: 'category:account', target: 'recipient:a', people: 10, legalBasis: 'contract' },
      { source: 'category:billing_payment', target: 'recipient:a', people: 10, legalBasis: 'contract' },
      { source: 'recipient:b', target: 'category:usage_technical', people: 5, legalBasis: 'contract' },
    ]);
  });
});
