import { ActionIcon, Alert, Button, Checkbox, Fieldset, Group, NativeSelect, Radio, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/api-error';
import { PURPOSE_KEYS } from '@/lib/purpose-keys';
import { mergeDraft, serverFieldErrors, validateRecipientForm, type FieldErrorCode, type RecipientField, type RecipientFormValues } from '../../lib/recipient-form';
import { ADEQUACY_COUNTRIES, AGREEMENT_STATUSES, COUNTRIES, DATA_CATEGORIES, FLOW_DIRECTIONS, isOutsideEea, isProcessorRole, LEGAL_BASES, RECIPIENT_CATEGORIES, RECIPIENT_ROLES, TRANSFER_SAFEGUARDS } from '../../lib/terms';
import { useCountryName } from '../shared/country-name';
import { ConflictNotice } from './conflict-notice';
import { guardLabels, UnsavedChangesGuard } from '@/components/forms/unsaved-changes-guard';
import { useTextError } from '@/hooks/use-text-error';
import type { TextRule } from '@/lib/text-rules';
import { ServerError } from '@/components/states/server-error';

const MAX_PURPOSES = 10;

/** RecipientInput's texts in the contract; the register's own rules (above the server's) say which are required. */
const TEXT_RULES = { name: { max: 200 }, owner: { max: 100 }, purpose: { max: 200 }, reference: { max: 100 }, website: { max: 300 } } satisfies Record<string, TextRule>;

/** The free-text fields of a draft, by form path, with their rule. */
function textFields(values: RecipientFormValues): Array<[string, string, TextRule]> {
  return [
    ['name', values.name, TEXT_RULES.name],
    ['owner', values.owner, TEXT_RULES.owner],
    ...values.purposes.map((purpose, index): [string, string, TextRule] => [`purposes.${index}`, purpose, TEXT_RULES.purpose]),
    ['agreement.reference', values.agreement.reference, TEXT_RULES.reference],
    ['website', values.website, TEXT_RULES.website],
  ];
}

export interface RecipientFormProps {
  initialValues: RecipientFormValues;
  submitLabel: string;
  /** Sends the values; rejects with the API's error, which the form places on its fields. */
  onSubmit: (values: RecipientFormValues) => Promise<unknown>;
  onCancel: () => void;
  submitting: boolean;
  /** After a 412: the version the draft started from, the latest one (null while it loads) and what changed. */
  conflict: { base: RecipientFormValues; latest: RecipientFormValues | null; fields: RecipientField[] | null } | null;
  /** Set by the page when the save succeeded, so leaving afterwards is not guarded. */
  savedRef: { current: boolean };
}

/**
 * Create and edit of a register entry. Each refused field is explained next to it, the same
 * rules as the server's (processor without agreement, non-EEA country without safeguard, website
 * not http(s), dates out of order); the server's 422 lands on the same fields. A failed save
 * never clears the input.
 */
export function RecipientForm({ initialValues, submitLabel, onSubmit, onCancel, submitting, conflict, savedRef }: RecipientFormProps) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const formRef = useRef<HTMLFormElement>(null);
  const textError = useTextError();
  const errorText = (code: FieldErrorCode, values: RecipientFormValues) => t(`recipientForm.errors.${code}`, { country: countryName(values.country) });
  const form = useForm<RecipientFormValues>({
    mode: 'controlled',
    initialValues,
    validate: (values) => {
      const codes = validateRecipientForm(values);
      const errors: Record<string, string | null> = Object.fromEntries(Object.entries(codes).map(([path, code]) => [path, code ? errorText(code, values) : null]));
      // A control character or an over-long text is said as such; emptiness in the register's words above.
      for (const [path, value, rule] of textFields(values)) {
        const problem = textError(value, rule);
        if (problem) errors[path] = problem;
      }
      return errors;
    },
  });
  const [general, setGeneral] = useState<unknown>(null);
  const values = form.getValues();

  const countries = useMemo(
    () => [...COUNTRIES].map((code) => ({ value: code, label: countryName(code) })).sort((a, b) => a.label.localeCompare(b.label)),
    [countryName],
  );

  const focusFirstError = () => {
    // After the errors render: the first refused field gets focus, so its message is read out.
    window.setTimeout(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
  };

  const send = (submitted: RecipientFormValues) => {
    setGeneral(null);
    onSubmit(submitted).catch((error: unknown) => {
      if (isApiError(error) && error.status === 422 && error.fieldErrors.length > 0) {
        const mapped = serverFieldErrors(error.fieldErrors);
        form.setErrors(Object.fromEntries(Object.entries(mapped).map(([path, { code, detail }]) => [path, code ? errorText(code, submitted) : detail])));
        focusFirstError();
      } else if (!(isApiError(error) && error.status === 412)) {
        setGeneral(error);
      }
    });
  };

  // Built when the form is sent (not while rendering), so the handlers may use refs.
  const submit = (event: FormEvent<HTMLFormElement>) => form.onSubmit(send, () => focusFirstError())(event);

  /** Keeps what the user changed, takes the colleague's values for the rest, shows and sends the result. */
  const reapply = () => {
    if (!conflict?.latest) return;
    const merged = mergeDraft(conflict.base, form.getValues(), conflict.latest);
    form.setValues(merged);
    const errors = validateRecipientForm(merged);
    if (Object.keys(errors).length > 0 || textFields(merged).some(([, value, rule]) => textError(value, rule))) {
      form.validate();
      focusFirstError();
      return;
    }
    send(merged);
  };

  const errorCount = Object.values(form.errors).filter(Boolean).length;
  const outside = values.country !== '' && isOutsideEea(values.country);
  const processor = isProcessorRole(values.role);
  const options = <T extends string>(keys: readonly T[], prefix: string, placeholder?: string) => [
    ...(placeholder ? [{ value: '', label: placeholder }] : []),
    ...keys.map((key) => ({ value: key, label: t(`${prefix}.${key}`) })),
  ];

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label={submitLabel}>
      <UnsavedChangesGuard when={() => !savedRef.current && form.isDirty()} labels={guardLabels(t, 'recipientForm.unsaved')} />
      <Stack gap="md">
        {conflict ? <ConflictNotice fields={conflict.fields} onReapply={reapply} pending={submitting} /> : null}
        {errorCount > 0 ? (
          <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} title={t('recipientForm.errorSummary', { count: errorCount })}>
            {t('recipientForm.errorSummaryBody')}
          </Alert>
        ) : null}
        <ServerError error={general} title={t('recipientForm.saveFailed')} />

        <Fieldset legend={t('recipientForm.sections.who')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label={t('recipientForm.fields.name')} required {...form.getInputProps('name')} />
            <TextInput label={t('recipientForm.fields.owner')} description={t('recipientForm.hints.owner')} required {...form.getInputProps('owner')} />
            <NativeSelect label={t('recipientForm.fields.category')} required data={options(RECIPIENT_CATEGORIES, 'recipientTerms.category', t('recipientForm.choose'))} {...form.getInputProps('category')} />
            <NativeSelect label={t('recipientForm.fields.role')} description={t('recipientForm.hints.role')} required data={options(RECIPIENT_ROLES, 'recipientTerms.role', t('recipientForm.choose'))} {...form.getInputProps('role')} />
            <Radio.Group label={t('recipientForm.fields.direction')} {...form.getInputProps('direction')}>
              <Group gap="md" mt={4}>
                {FLOW_DIRECTIONS.map((direction) => (
                  <Radio key={direction} value={direction} label={t(`recipientTerms.direction.${direction}`)} />
                ))}
              </Group>
            </Radio.Group>
            <TextInput label={t('recipientForm.fields.website')} description={t('recipientForm.hints.website')} type="url" placeholder="https://" {...form.getInputProps('website')} />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('recipientForm.sections.what')}>
          <Stack gap="sm">
            <Checkbox.Group label={t('recipientForm.fields.dataCategories')} description={t('recipientForm.hints.dataCategories')} required {...form.getInputProps('dataCategories')}>
              <Group gap="md" mt={4}>
                {DATA_CATEGORIES.map((category) => (
                  <Checkbox key={category} value={category} label={t(`recipientTerms.dataCategory.${category}`)} />
                ))}
              </Group>
            </Checkbox.Group>
            <Stack gap={6} role="group" aria-labelledby="recipient-purposes-label">
              <Text id="recipient-purposes-label" size="sm" fw={500}>
                {t('recipientForm.fields.purposes')}
              </Text>
              {values.purposes.map((_, index) => (
                <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
                  <TextInput
                    style={{ flex: 1 }}
                    label={t('recipientForm.fields.purposeN', { n: index + 1 })}
                    required
                    {...form.getInputProps(`purposes.${index}`)}
                  />
                  {values.purposes.length > 1 ? (
                    <ActionIcon variant="subtle" color="red" mt={26} size="lg" aria-label={t('recipientForm.removePurpose', { n: index + 1 })} onClick={() => form.removeListItem('purposes', index)}>
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  ) : null}
                </Group>
              ))}
              {form.errors.purposes ? (
                <Text size="sm" c="red" role="alert">
                  {form.errors.purposes}
                </Text>
              ) : null}
              <div>
                <Button variant="subtle" size="xs" leftSection={<IconPlus size={14} aria-hidden />} disabled={values.purposes.length >= MAX_PURPOSES} onClick={() => form.insertListItem('purposes', '')}>
                  {t('recipientForm.addPurpose')}
                </Button>
              </div>
            </Stack>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <NativeSelect label={t('recipientForm.fields.legalBasis')} required data={options(LEGAL_BASES, 'recipientTerms.legalBasis', t('recipientForm.choose'))} {...form.getInputProps('legalBasis')} />
              <NativeSelect
                label={t('recipientForm.fields.gatingPurpose')}
                description={values.legalBasis === 'consent' ? t('recipientForm.hints.gatingPurposeConsent') : t('recipientForm.hints.gatingPurpose')}
                data={options(PURPOSE_KEYS, 'recipientTerms.purpose', t('recipientForm.noGatingPurpose'))}
                {...form.getInputProps('gatingPurpose')}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('recipientForm.sections.agreement')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NativeSelect
              label={t('recipientForm.fields.agreementStatus')}
              description={processor ? t('recipientForm.hints.agreementProcessor') : t('recipientForm.hints.agreement')}
              required
              data={options(AGREEMENT_STATUSES, 'recipientTerms.agreementStatus', t('recipientForm.choose'))}
              {...form.getInputProps('agreement.status')}
            />
            <TextInput label={t('recipientForm.fields.agreementReference')} {...form.getInputProps('agreement.reference')} />
            <TextInput type="date" label={t('recipientForm.fields.agreementSignedOn')} required={values.agreement.status === 'signed'} {...form.getInputProps('agreement.signedOn')} />
            <TextInput type="date" label={t('recipientForm.fields.agreementExpiresOn')} description={t('recipientForm.hints.expiresOn')} {...form.getInputProps('agreement.expiresOn')} />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('recipientForm.sections.transfer')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NativeSelect
              label={t('recipientForm.fields.country')}
              required
              description={!outside ? t('recipientForm.hints.insideEea') : ADEQUACY_COUNTRIES.includes(values.country) ? t('recipientForm.hints.adequacy') : t('recipientForm.hints.outsideEea')}
              data={countries}
              {...form.getInputProps('country')}
            />
            <NativeSelect
              label={t('recipientForm.fields.transferSafeguard')}
              required={outside}
              data={options(TRANSFER_SAFEGUARDS, 'recipientTerms.safeguard')}
              {...form.getInputProps('transferSafeguard')}
            />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('recipientForm.sections.review')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput type="date" label={t('recipientForm.fields.lastReviewedOn')} {...form.getInputProps('lastReviewedOn')} />
            <TextInput type="date" label={t('recipientForm.fields.nextReviewDue')} description={t('recipientForm.hints.nextReviewDue')} {...form.getInputProps('nextReviewDue')} />
          </SimpleGrid>
        </Fieldset>

        <Group gap="sm">
          <Button type="submit" loading={submitting}>
            {submitLabel}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('recipientForm.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
