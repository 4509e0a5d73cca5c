import { Alert, Button, Checkbox, Group, Modal, NativeSelect, NumberInput, Radio, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconPlus } from '@tabler/icons-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/api-error';
import { useTextError } from '@/hooks/use-text-error';
import type { TextRule } from '@/lib/text-rules';
import type { Schemas } from '@/api/types';
import { useRecordDisclosure } from '../../api/disclosures';
import { useAuthorities } from '../../api/recipients';
import { DATA_CATEGORIES, LEGAL_GROUNDS } from '../../lib/terms';

interface Values {
  recipientId: string;
  disclosedOn: string;
  legalGround: Schemas['DisclosureLegalGround'] | '';
  requestReference: string;
  dataCategories: Schemas['DataCategory'][];
  peopleCount: number | string;
  personNotified: 'yes' | 'no' | '';
  notNotifiedReason: string;
}

/** DisclosureCreate's texts in the contract. */
const REFERENCE_RULE: TextRule = { max: 100, required: true };
const REASON_RULE: TextRule = { max: 4000, required: true, multiline: true };

const EMPTY: Values = { recipientId: '', disclosedOn: '', legalGround: '', requestReference: '', dataCategories: [], peopleCount: 1, personNotified: '', notNotifiedReason: '' };

/** Records a disclosure to an authority (privacy officer). A reason is required when the person was not told. */
export function RecordDisclosureButton() {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const authorities = useAuthorities(opened);
  const record = useRecordDisclosure();
  const [general, setGeneral] = useState<unknown>(null);
  const idempotencyKey = useRef<string>(crypto.randomUUID());
  const textError = useTextError();
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: EMPTY,
    validate: {
      recipientId: (value) => (value ? null : t('recipientDisclosures.form.errors.authority')),
      disclosedOn: (value) => (value ? null : t('recipientDisclosures.form.errors.date')),
      legalGround: (value) => (value ? null : t('recipientDisclosures.form.errors.legalGround')),
      requestReference: (value) => textError(value, REFERENCE_RULE, { required: t('recipientDisclosures.form.errors.requestReference') }),
      dataCategories: (value) => (value.length > 0 ? null : t('recipientDisclosures.form.errors.dataCategories')),
      peopleCount: (value) => (typeof value === 'number' && Number.isInteger(value) && value >= 1 ? null : t('recipientDisclosures.form.errors.peopleCount')),
      personNotified: (value) => (value ? null : t('recipientDisclosures.form.errors.personNotified')),
      notNotifiedReason: (value, values) => (values.personNotified === 'no' ? textError(value, REASON_RULE, { required: t('recipientDisclosures.form.errors.reason') }) : null),
    },
  });
  const values = form.getValues();

  const close_ = () => {
    close();
    setGeneral(null);
  };

  // Built when the form is sent (not while rendering), so the handler may use the key's ref.
  const submit = (event: FormEvent<HTMLFormElement>) =>
    form.onSubmit((submitted) => {
      setGeneral(null);
      const body: Schemas['DisclosureCreate'] = {
        recipientId: submitted.recipientId,
        disclosedOn: submitted.disclosedOn,
        legalGround: submitted.legalGround as Schemas['DisclosureLegalGround'],
        requestReference: submitted.requestReference.trim(),
        dataCategories: submitted.dataCategories,
        peopleCount: Number(submitted.peopleCount),
        personNotified: submitted.personNotified === 'yes',
        notNotifiedReason: submitted.personNotified === 'no' ? submitted.notNotifiedReason.trim() : null,
      };
      record.mutate(
        { body, idempotencyKey: idempotencyKey.current },
        {
          onSuccess: (created) => {
            notifications.show({ color: 'green', message: t('recipientDisclosures.form.recorded', { reference: created.reference }) });
            idempotencyKey.current = crypto.randomUUID();
            form.reset();
            close_();
          },
          onError: (error) => {
            idempotencyKey.current = crypto.randomUUID();
            if (isApiError(error) && error.status === 422 && error.fieldErrors.length > 0) form.setErrors(error.fieldErrorMap());
            else setGeneral(error);
          },
        },
      );
    })(event);

  return (
    <>
      <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={open}>
        {t('recipientDisclosures.record')}
      </Button>
      <Modal opened={opened} onClose={close_} title={t('recipientDisclosures.form.title')} size="lg">
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            {general ? (
              <Alert role="alert" color="red" variant="light" icon={<IconAlertCircle aria-hidden />} title={t('recipientDisclosures.form.failed')}>
                {isApiError(general) ? general.problem.detail : null}
              </Alert>
            ) : null}
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <NativeSelect
                label={t('recipientDisclosures.form.authority')}
                required
                data={[{ value: '', label: t('recipientForm.choose') }, ...(authorities.data ?? []).map((authority) => ({ value: authority.id, label: authority.name }))]}
                {...form.getInputProps('recipientId')}
              />
              <TextInput type="date" label={t('recipientDisclosures.form.date')} required {...form.getInputProps('disclosedOn')} />
              <NativeSelect
                label={t('recipientDisclosures.form.legalGround')}
                required
                data={[{ value: '', label: t('recipientForm.choose') }, ...LEGAL_GROUNDS.map((ground) => ({ value: ground, label: t(`recipientTerms.legalGround.${ground}`) }))]}
                {...form.getInputProps('legalGround')}
              />
              <TextInput label={t('recipientDisclosures.form.requestReference')} description={t('recipientDisclosures.form.requestReferenceHint')} required {...form.getInputProps('requestReference')} />
            </SimpleGrid>
            <Checkbox.Group label={t('recipientDisclosures.form.dataCategories')} required {...form.getInputProps('dataCategories')}>
              <Group gap="md" mt={4}>
                {DATA_CATEGORIES.map((category) => (
                  <Checkbox key={category} value={category} label={t(`recipientTerms.dataCategory.${category}`)} />
                ))}
              </Group>
            </Checkbox.Group>
            <NumberInput label={t('recipientDisclosures.form.peopleCount')} description={t('recipientDisclosures.form.peopleCountHint')} required min={1} max={10_000_000} allowDecimal={false} allowNegative={false} {...form.getInputProps('peopleCount')} />
            <Radio.Group label={t('recipientDisclosures.form.personNotified')} required {...form.getInputProps('personNotified')}>
              <Group gap="md" mt={4}>
                <Radio value="yes" label={t('recipientDisclosures.form.told')} />
                <Radio value="no" label={t('recipientDisclosures.form.notTold')} />
              </Group>
            </Radio.Group>
            {values.personNotified === 'no' ? (
              <Textarea label={t('recipientDisclosures.form.reason')} description={t('recipientDisclosures.form.reasonHint')} required rows={3} {...form.getInputProps('notNotifiedReason')} />
            ) : null}
            <Group justify="flex-end">
              <Button variant="default" onClick={close_}>
                {t('recipientForm.cancel')}
              </Button>
              <Button type="submit" loading={record.isPending}>
                {t('recipientDisclosures.form.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
