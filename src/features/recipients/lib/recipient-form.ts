import type { Schemas } from '@/api/types';
import { WEB_ADDRESS } from '@/lib/text-rules';
import { isOutsideEea, isProcessorRole } from './terms';

type Recipient = Schemas['Recipient'];
type RecipientInput = Schemas['RecipientInput'];

/**
 * The form's values: the contract's RecipientInput with empty strings where the API takes null,
 * nested the same way, so a 422's `/agreement/status` lands on the form's `agreement.status`.
 */
export interface RecipientFormValues {
  name: string;
  category: Schemas['RecipientCategory'] | '';
  role: Schemas['RecipientRole'] | '';
  direction: Schemas['FlowDirection'];
  dataCategories: Schemas['DataCategory'][];
  purposes: string[];
  legalBasis: Schemas['LegalBasis'] | '';
  gatingPurpose: Schemas['PurposeKey'] | '';
  agreement: { status: Schemas['AgreementStatus'] | ''; signedOn: string; expiresOn: string; reference: string };
  country: string;
  transferSafeguard: Schemas['TransferSafeguard'];
  owner: string;
  website: string;
  lastReviewedOn: string;
  nextReviewDue: string;
}

/** Why a field is refused; the screen says each in words (recipientForm.errors.<code>). */
export type FieldErrorCode =
  | 'required'
  | 'agreement_required'
  | 'authority_category'
  | 'authority_role'
  | 'signed_date_required'
  | 'before_signed'
  | 'safeguard_required'
  | 'invalid_scheme'
  | 'invalid_address'
  | 'before_last_review'
  | 'purpose_required';

export type FormErrors = Partial<Record<string, FieldErrorCode>>;

export const EMPTY_FORM: RecipientFormValues = {
  name: '',
  category: '',
  role: '',
  direction: 'outbound',
  dataCategories: [],
  purposes: [''],
  legalBasis: '',
  gatingPurpose: '',
  agreement: { status: '', signedOn: '', expiresOn: '', reference: '' },
  country: 'BE',
  transferSafeguard: 'not_applicable',
  owner: '',
  website: '',
  lastReviewedOn: '',
  nextReviewDue: '',
};

export function formValuesOf(recipient: Recipient): RecipientFormValues {
  return {
    name: recipient.name,
    category: recipient.category,
    role: recipient.role,
    direction: recipient.direction,
    dataCategories: [...recipient.dataCategories],
    purposes: recipient.purposes.length > 0 ? [...recipient.purposes] : [''],
    legalBasis: recipient.legalBasis,
    gatingPurpose: recipient.gatingPurpose ?? '',
    agreement: {
      status: recipient.agreement.status,
      signedOn: recipient.agreement.signedOn ?? '',
      expiresOn: recipient.agreement.expiresOn ?? '',
      reference: recipient.agreement.reference ?? '',
    },
    country: recipient.country,
    transferSafeguard: recipient.transferSafeguard,
    owner: recipient.owner,
    website: recipient.website ?? '',
    lastReviewedOn: recipient.lastReviewedOn ?? '',
    nextReviewDue: recipient.nextReviewDue ?? '',
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** The request body; only called on values `validateRecipientForm` accepted. */
export function toRecipientInput(values: RecipientFormValues): RecipientInput {
  return {
    name: values.name.trim(),
    category: values.category as Schemas['RecipientCategory'],
    role: values.role as Schemas['RecipientRole'],
    direction: values.direction,
    dataCategories: values.dataCategories,
    purposes: values.purposes.map((purpose) => purpose.trim()),
    legalBasis: values.legalBasis as Schemas['LegalBasis'],
    gatingPurpose: values.gatingPurpose === '' ? null : values.gatingPurpose,
    agreement: {
      status: values.agreement.status as Schemas['AgreementStatus'],
      signedOn: orNull(values.agreement.signedOn),
      expiresOn: orNull(values.agreement.expiresOn),
      reference: orNull(values.agreement.reference),
    },
    country: values.country,
    transferSafeguard: values.transferSafeguard,
    owner: values.owner.trim(),
    website: orNull(values.website),
    lastReviewedOn: orNull(values.lastReviewedOn),
    nextReviewDue: orNull(values.nextReviewDue),
  };
}

const WEB_SCHEME = /^https?:\/\/[^\s/]+/i;

/**
 * The server's rules, checked before sending so each refused field is explained at once. The
 * server checks again (and is the judge); its 422 lands on the same fields.
 */
export function validateRecipientForm(values: RecipientFormValues): FormErrors {
  const errors: FormErrors = {};
  if (values.name.trim() === '') errors.name = 'required';
  if (values.category === '') errors.category = 'required';
  if (values.role === '') errors.role = 'required';
  if (values.legalBasis === '') errors.legalBasis = 'required';
  if (values.owner.trim() === '') errors.owner = 'required';
  if (values.country === '') errors.country = 'required';
  if (values.dataCategories.length === 0) errors.dataCategories = 'required';
  values.purposes.forEach((purpose, index) => {
    if (purpose.trim() === '') errors[`purposes.${index}`] = 'purpose_required';
  });
  if (values.agreement.status === '') errors['agreement.status'] = 'required';
  else if (isProcessorRole(values.role) && (values.agreement.status === 'none' || values.agreement.status === 'not_required')) {
    errors['agreement.status'] = 'agreement_required';
  }
  if (values.role === 'authority' && values.category !== '' && values.category !== 'public_authority') errors.category = 'authority_category';
  if (values.category === 'public_authority' && values.role !== '' && values.role !== 'authority') errors.role = 'authority_role';
  if (values.agreement.status === 'signed' && values.agreement.signedOn === '') errors['agreement.signedOn'] = 'signed_date_required';
  if (values.agreement.signedOn !== '' && values.agreement.expiresOn !== '' && values.agreement.expiresOn < values.agreement.signedOn) {
    errors['agreement.expiresOn'] = 'before_signed';
  }
  if (values.country !== '' && isOutsideEea(values.country) && (values.transferSafeguard === 'none' || values.transferSafeguard === 'not_applicable')) {
    errors.transferSafeguard = 'safeguard_required';
  }
  const website = values.website.trim();
  if (website !== '' && !WEB_SCHEME.test(website)) errors.website = 'invalid_scheme';
  else if (website !== '' && !WEB_ADDRESS.test(website)) errors.website = 'invalid_address';
  if (values.lastReviewedOn !== '' && values.nextReviewDue !== '' && values.nextReviewDue < values.lastReviewedOn) errors.nextReviewDue = 'before_last_review';
  return errors;
}

/** The server's 422 codes this screen can say in the reader's language; others show the server's words. */
const SERVER_CODES: Readonly<Record<string, FieldErrorCode>> = {
  'name:required': 'required',
  'agreement.status:agreement_required': 'agreement_required',
  'category:not_allowed': 'authority_category',
  'role:not_allowed': 'authority_role',
  'agreement.signedOn:required': 'signed_date_required',
  'agreement.expiresOn:before_signed': 'before_signed',
  'transferSafeguard:safeguard_required': 'safeguard_required',
  'website:invalid_scheme': 'invalid_scheme',
  'nextReviewDue:before_last_review': 'before_last_review',
  'purposes:required': 'purpose_required',
};

/** A 422's field errors as form paths, each with a code to translate or the server's own words. */
export function serverFieldErrors(fieldErrors: readonly Schemas['FieldError'][]): Record<string, { code: FieldErrorCode | null; detail: string }> {
  const out: Record<string, { code: FieldErrorCode | null; detail: string }> = {};
  for (const error of fieldErrors) {
    const path = error.pointer.replace(/^\//, '').split('/').join('.');
    out[path] ??= { code: SERVER_CODES[`${path}:${error.code}`] ?? null, detail: error.detail };
  }
  return out;
}

export type RecipientField =
  | 'name'
  | 'category'
  | 'role'
  | 'direction'
  | 'dataCategories'
  | 'purposes'
  | 'legalBasis'
  | 'gatingPurpose'
  | 'agreement'
  | 'country'
  | 'transferSafeguard'
  | 'owner'
  | 'website'
  | 'reviews';

/** Which fields a colleague changed between the version the user started from and the latest one. */
export function changedRecipientFields(before: Recipient, after: Recipient): RecipientField[] {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const checks: [RecipientField, boolean][] = [
    ['name', before.name === after.name],
    ['category', before.category === after.category],
    ['role', before.role === after.role],
    ['direction', before.direction === after.direction],
    ['dataCategories', same([...before.dataCategories].sort(), [...after.dataCategories].sort())],
    ['purposes', same(before.purposes, after.purposes)],
    ['legalBasis', before.legalBasis === after.legalBasis],
    ['gatingPurpose', before.gatingPurpose === after.gatingPurpose],
    ['agreement', same(before.agreement, after.agreement)],
    ['country', before.country === after.country],
    ['transferSafeguard', before.transferSafeguard === after.transferSafeguard],
    ['owner', before.owner === after.owner],
    ['website', before.website === after.website],
    ['reviews', before.lastReviewedOn === after.lastReviewedOn && before.nextReviewDue === after.nextReviewDue],
  ];
  return checks.filter(([, unchanged]) => !unchanged).map(([field]) => field);
}

/**
 * A three-way merge after a 412: fields the user left as they found them take the colleague's
 * latest value; fields the user changed keep the user's value. Re-applying this keeps both sides'
 * work instead of silently undoing the colleague's.
 */
export function mergeDraft(base: RecipientFormValues, draft: RecipientFormValues, latest: RecipientFormValues): RecipientFormValues {
  const merged = { ...latest };
  for (const key of Object.keys(draft) as (keyof RecipientFormValues)[]) {
    if (JSON.stringify(draft[key]) !== JSON.stringify(base[key])) Object.assign(merged, { [key]: draft[key] });
  }
  return merged;
}
