import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconBuildingBank } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/api/types';
import { useFormatters } from '@/hooks/use-formatters';
import { useTextError } from '@/hooks/use-text-error';
import type { TextRule } from '@/lib/text-rules';
import type { ComplaintWithEtag } from '../../api/complaint-queries';
import { AUTHORITIES } from '../../lib/complaint-changes';
import { ConflictAlert, SaveError } from './save-feedback';
import { useComplaintSave } from './use-complaint-save';

/** Escalation.authorityReference in the contract. */
const REFERENCE_RULE: TextRule = { max: 100, required: true };

interface EscalationDraft {
  authority: Schemas['SupervisoryAuthority'];
  authorityReference: string;
  escalatedOn: string;
  closedOn: string;
}

function draftOf(escalation: Schemas['Escalation'] | null): EscalationDraft {
  return {
    authority: escalation?.authority ?? 'gba',
    authorityReference: escalation?.authorityReference ?? '',
    escalatedOn: escalation?.escalatedOn ?? '',
    closedOn: escalation?.closedOn ?? '',
  };
}

/**
 * The banner that keeps an escalation in sight until the authority closes its case: an icon, a
 * heading and the words "open" or "closed", so it does not rely on colour.
 */
export function EscalationBanner({ escalation }: { escalation: Schemas['Escalation'] }) {
  const { t } = useTranslation();
  const { date } = useFormatters();
  const open = escalation.closedOn === null;
  const values = {
    authority: t(`complaintTerms.authority.long.${escalation.authority}`),
    reference: escalation.authorityReference,
    escalatedOn: date(escalation.escalatedOn),
    closedOn: escalation.closedOn ? date(escalation.closedOn) : '',
  };
  return (
    <Alert
      role="note"
      color={open ? 'grape' : 'gray'}
      variant={open ? 'filled' : 'light'}
      icon={<IconBuildingBank aria-hidden />}
      title={open ? t('complaintDetail.escalation.bannerOpenTitle', values) : t('complaintDetail.escalation.bannerClosedTitle', values)}
      mb="md"
    >
      {open ? t('complaintDetail.escalation.bannerOpen', values) : t('complaintDetail.escalation.bannerClosed', values)}
    </Alert>
  );
}

interface EscalationPanelProps {
  current: ComplaintWithEtag;
  canWrite: boolean;
  onDirtyChange: (dirty: boolean) => void;
}

/** Records that the person took the complaint to the GBA or the AP, its case reference and dates. */
export function EscalationPanel({ current, canWrite, onDirtyChange }: EscalationPanelProps) {
  const { t } = useTranslation();
  const { date } = useFormatters();
  const complaint = current.data;
  const escalation = complaint.escalation;
  const [editing, setEditing] = useState(false);
  const textError = useTextError();
  const form = useForm<EscalationDraft>({
    mode: 'controlled',
    initialValues: draftOf(escalation),
    validate: {
      authorityReference: (value) => textError(value, REFERENCE_RULE, { required: t('complaintDetail.escalation.referenceRequired') }),
      escalatedOn: (value) => (value ? null : t('complaintDetail.escalation.escalatedOnRequired')),
    },
  });
  const save = useComplaintSave(current);
  const dirty = editing && form.isDirty();
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  const open = () => {
    form.setInitialValues(draftOf(escalation));
    form.setValues(draftOf(escalation));
    setEditing(true);
  };
  const submit = () => {
    const values = form.getValues();
    save.save(
      { escalation: { authority: values.authority, authorityReference: values.authorityReference.trim(), escalatedOn: values.escalatedOn, closedOn: values.closedOn || null } },
      current.etag,
      () => setEditing(false),
    );
  };
  const closed = complaint.status === 'closed';
  // The form's own check first; a refusal by the server (422) otherwise.
  const fieldError = (name: keyof EscalationDraft) => (form.errors[name] as string | undefined) ?? save.fieldErrors[`escalation.${name}`];

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="complaint-escalation-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="complaint-escalation-title">
          {t('complaintDetail.escalation.title')}
        </Title>
        {escalation ? (
          <dl style={{ margin: 0 }}>
            <Text component="dt" size="sm" c="dimmed">
              {t('complaintDetail.escalation.authority')}
            </Text>
            <Text component="dd" m={0}>
              {t(`complaintTerms.authority.long.${escalation.authority}`)}
            </Text>
            <Text component="dt" size="sm" c="dimmed" mt="xs">
              {t('complaintDetail.escalation.reference')}
            </Text>
            <Text component="dd" m={0} ff="monospace">
              {escalation.authorityReference}
            </Text>
            <Text component="dt" size="sm" c="dimmed" mt="xs">
              {t('complaintDetail.escalation.escalatedOn')}
            </Text>
            <Text component="dd" m={0}>
              {date(escalation.escalatedOn)}
            </Text>
            <Text component="dt" size="sm" c="dimmed" mt="xs">
              {t('complaintDetail.escalation.closedOn')}
            </Text>
            <Text component="dd" m={0} fw={escalation.closedOn ? 400 : 600}>
              {escalation.closedOn ? date(escalation.closedOn) : t('complaintDetail.escalation.stillOpen')}
            </Text>
          </dl>
        ) : (
          <Text size="sm" c="dimmed">
            {t('complaintDetail.escalation.none')}
          </Text>
        )}
        {canWrite && !closed && !editing ? (
          <div>
            <Button variant="default" size="xs" onClick={open}>
              {escalation ? t('complaintDetail.escalation.edit') : t('complaintDetail.escalation.record')}
            </Button>
          </div>
        ) : null}
        {editing ? (
          <form onSubmit={form.onSubmit(submit)} noValidate>
            <Stack gap="sm">
              {save.conflict ? <ConflictAlert fields={save.conflict} pending={save.pending} onReapply={submit} /> : null}
              <SaveError error={save.general} />
              <NativeSelect
                label={t('complaintDetail.escalation.authority')}
                data={AUTHORITIES.map((value) => ({ value, label: t(`complaintTerms.authority.long.${value}`) }))}
                {...form.getInputProps('authority')}
                error={fieldError('authority')}
              />
              <TextInput
                label={t('complaintDetail.escalation.reference')}
                description={t('complaintDetail.escalation.referenceDescription')}
                required
                {...form.getInputProps('authorityReference')}
                error={fieldError('authorityReference')}
              />
              <TextInput type="date" label={t('complaintDetail.escalation.escalatedOn')} required {...form.getInputProps('escalatedOn')} error={fieldError('escalatedOn')} />
              <TextInput
                type="date"
                label={t('complaintDetail.escalation.closedOn')}
                description={t('complaintDetail.escalation.closedOnDescription')}
                {...form.getInputProps('closedOn')}
                error={fieldError('closedOn')}
              />
              <Group justify="flex-end" gap="xs">
                <Button variant="default" onClick={() => setEditing(false)} disabled={save.pending}>
                  {t('complaintDetail.escalation.cancel')}
                </Button>
                <Button type="submit" loading={save.pending}>
                  {t('complaintDetail.escalation.save')}
                </Button>
              </Group>
            </Stack>
          </form>
        ) : null}
      </Stack>
    </Paper>
  );
}
