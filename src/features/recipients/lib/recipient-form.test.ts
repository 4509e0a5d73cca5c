import type { Schemas } from '@/api/types';
import { changedRecipientFields, EMPTY_FORM, formValuesOf, mergeDraft, serverFieldErrors, toRecipientInput, validateRecipientForm, type RecipientFormValues } from './recipient-form';

function valid(overrides: Partial<RecipientFormValues> = {}): RecipientFormValues {
  return {
    ...EMPTY_FORM,
    name: 'Mailroom BV',
    category: 'email_delivery',
    role: 'processor',
    dataCategories: ['account'],
    purposes: ['Send email'],
    legalBasis: 'contract',
    agreement: { status: 'draft', signedOn: '', expiresOn: '', reference: '' },
    owner: 'Marketing',
    ...overrides,
  };
}

describe('validateRecipientForm', () => {
  it('accepts a processor with a draft agreement', () => {
    expect(validateRecipientForm(valid())).toEqual({});
  });

  it('asks for every required field of an empty form', () => {
    expect(validateRecipientForm(EMPTY_FORM)).toEqual({
      name: 'required',
      category: 'required',
      role: 'required',
      legalBasis: 'required',
      owner: 'required',
      dataCategories: 'required',
      'purposes.0': 'purpose_required',
      'agreement.status': 'required',
    });
  });

  it('refuses a processor without an agreement, a non-EEA country without a safeguard and a non-http website', () => {
    const errors = validateRecipientForm(
      valid({ role: 'sub_processor', agreement: { status: 'not_required', signedOn: '', expiresOn: '', reference: '' }, country: 'US', transferSafeguard: 'none', website: 'ftp://files.example' }),
    );
    expect(errors).toEqual({ 'agreement.status': 'agreement_required', transferSafeguard: 'safeguard_required', website: 'invalid_scheme' });
    expect(validateRecipientForm(valid({ country: 'NO', transferSafeguard: 'not_applicable' }))).toEqual({});
    expect(validateRecipientForm(valid({ country: 'US', transferSafeguard: 'standard_contractual_clauses', website: 'HTTPS://x.example' }))).toEqual({});
  });

  it('checks dates against each other and authorities against their category', () => {
    expect(
      validateRecipientForm(
        valid({ agreement: { status: 'signed', signedOn: '', expiresOn: '2026-01-01', reference: '' }, lastReviewedOn: '2026-05-01', nextReviewDue: '2026-04-30' }),
      ),
    ).toEqual({ 'agreement.signedOn': 'signed_date_required', nextReviewDue: 'before_last_review' });
    expect(validateRecipientForm(valid({ agreement: { status: 'signed', signedOn: '2026-02-01', expiresOn: '2026-01-01', reference: '' } }))).toEqual({
      'agreement.expiresOn': 'before_signed',
    });
    expect(validateRecipientForm(valid({ role: 'authority', agreement: { status: 'not_required', signedOn: '', expiresOn: '', reference: '' } }))).toEqual({ category: 'authority_category' });
    expect(validateRecipientForm(valid({ category: 'public_authority', role: 'independent_controller' }))).toEqual({ role: 'authority_role' });
  });
});

describe('form values and the API', () => {
  const recipient: Schemas['Recipient'] = {
    ...toRecipientInput(valid({ website: 'https://x.example', gatingPurpose: 'marketing_email' })),
    id: '00000000-0000-4000-8000-000000000001',
    warnings: [],
    peopleConcerned: 10,
    version: 1,
  };

  it('round-trips, turning empty strings into null', () => {
    const input = toRecipientInput(formValuesOf(recipient));
    expect(input.agreement).toEqual({ status: 'draft', signedOn: null, expiresOn: null, reference: null });
    expect(input.website).toBe('https://x.example');
    expect(input.gatingPurpose).toBe('marketing_email');
    expect(input.lastReviewedOn).toBeNull();
  });

  it('names the fields a colleague changed', () => {
    const after = { ...recipient, owner: 'Sales', agreement: { ...recipient.agreement, status: 'signed' as const, signedOn: '2026-11-01' }, version: 2 };
    expect(changedRecipientFields(recipient, after)).toEqual(['agreement', 'owner']);
    expect(changedRecipientFields(recipient, { ...recipient, dataCategories: [...recipient.dataCategories] })).toEqual([]);
  });

  it('maps the server’s pointers and known codes onto form paths', () => {
    expect(
      serverFieldErrors([
        { pointer: '/agreement/status', code: 'agreement_required', detail: 'Art. 28' },
        { pointer: '/name', code: 'duplicate', detail: 'Another recipient already has this name.' },
      ]),
    ).toEqual({
      'agreement.status': { code: 'agreement_required', detail: 'Art. 28' },
      name: { code: null, detail: 'Another recipient already has this name.' },
    });
  });
});

describe('mergeDraft', () => {
  it('keeps the user’s changed fields and takes the colleague’s for the rest', () => {
    const base = valid();
    const draft = { ...base, owner: 'Sales' };
    const latest = { ...base, agreement: { ...base.agreement, reference: 'DPA-2026-200' }, owner: 'Legal' };
    expect(mergeDraft(base, draft, latest)).toEqual({ ...base, owner: 'Sales', agreement: { ...base.agreement, reference: 'DPA-2026-200' } });
  });
});
