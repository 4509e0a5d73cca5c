import { Button, Group, NativeSelect, Paper, Stack, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTextError } from '@/hooks/use-text-error';
import type { TextRule } from '@/lib/text-rules';
import type { ComplaintWithEtag } from '../../api/complaint-queries';
import { useAssignableStaff } from '../../api/complaint-queries';
import { handlingDraftOf, handlingPatch, NEXT_STATUSES, type HandlingDraft } from '../../lib/complaint-changes';
import { COMPLAINT_CATEGORIES } from '../../lib/complaint-search-params';
import { ConflictAlert, SaveError } from './save-feedback';
import { useComplaintSave } from './use-complaint-save';
import { can, type ComplaintViewer } from './viewer';

/** ComplaintPatch.resolution in the contract: at most 4,000 characters, never empty once sent. */
const RESOLUTION_RULE: TextRule = { max: 4000, multiline: true };

interface HandlingFormProps {
  current: ComplaintWithEtag;
  viewer: ComplaintViewer;
  onDirtyChange: (dirty: boolean) => void;
}

/** Status, assignee, category and resolution, saved together with the ETag the form started from. */
export function HandlingForm({ current, viewer, onDirtyChange }: HandlingFormProps) {
  const { t } = useTranslation();
  const complaint = current.data;
  const staff = useAssignableStaff(can(viewer, 'staff_read'));
  const [start, setStart] = useState<{ draft: HandlingDraft; etag: string; version: number }>(() => ({ draft: handlingDraftOf(complaint), etag: current.etag, version: complaint.version }));
  const textError = useTextError();
  const form = useForm<HandlingDraft>({
    mode: 'controlled',
    initialValues: start.draft,
    validate: {
      // Marking it resolved needs a resolution; one already written can be changed, not removed
      // (the contract has no way to remove it: an emptied field would be left out of the save).
      resolution: (value, values) =>
        textError(value, { ...RESOLUTION_RULE, required: values.status === 'resolved' || start.draft.resolution.trim() !== '' }, { required: t('complaintDetail.handling.resolutionRequired') }),
    },
  });
  const save = useComplaintSave(current);
  const dirty = form.isDirty();

  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  // A colleague's change arrives while the user has no draft: follow it. With a draft, keep the
  // draft and let the conflict notice explain on save.
  if (complaint.version !== start.version && !dirty && !save.conflict) {
    const next = { draft: handlingDraftOf(complaint), etag: current.etag, version: complaint.version };
    setStart(next);
    form.setInitialValues(next.draft);
    form.setValues(next.draft);
  }

  const submit = (etag: string) => {
    const patch = handlingPatch(start.draft, form.getValues());
    if (Object.keys(patch).length === 0) return;
    save.save(patch, etag, (saved) => {
      const draft = handlingDraftOf(saved.data);
      setStart({ draft, etag: saved.etag, version: saved.data.version });
      form.setInitialValues(draft);
      form.setValues(draft);
    });
  };

  const statusOptions = [complaint.status, ...NEXT_STATUSES[complaint.status]];
  const currentAssignee = complaint.assignee;
  const staffOptions = staff.data
    ? staff.data.map((member) => ({ value: member.id, label: member.displayName }))
    : [
        ...(viewer.userId ? [{ value: viewer.userId, label: t('complaintDetail.handling.me', { name: viewer.displayName ?? '' }) }] : []),
        ...(currentAssignee && currentAssignee.id !== viewer.userId ? [{ value: currentAssignee.id, label: currentAssignee.displayName }] : []),
      ];
  const closed = complaint.status === 'closed';
  // The form's own check first; a refusal by the server (422) otherwise.
  const fieldError = (name: keyof HandlingDraft | 'assigneeId') => (form.errors[name] as string | undefined) ?? save.fieldErrors[name];

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="complaint-handling-title">
      <form
        onSubmit={form.onSubmit(() => submit(current.etag))}
        noValidate
      >
        <Stack gap="sm">
          <Title order={2} size="h4" id="complaint-handling-title">
            {t('complaintDetail.handling.title')}
          </Title>
          {save.conflict ? <ConflictAlert fields={save.conflict} pending={save.pending} onReapply={() => submit(current.etag)} /> : null}
          <SaveError error={save.general} />
          <NativeSelect
            label={t('complaintDetail.handling.status')}
            disabled={closed}
            data={statusOptions.map((value) => ({ value, label: t(`complaintTerms.status.${value}`) }))}
            {...form.getInputProps('status')}
            error={fieldError('status')}
          />
          <NativeSelect
            label={t('complaintDetail.handling.assignee')}
            disabled={closed}
            data={[{ value: '', label: t('complaintDetail.handling.unassigned') }, ...staffOptions]}
            {...form.getInputProps('assigneeId')}
            error={fieldError('assigneeId')}
          />
          <NativeSelect
            label={t('complaintDetail.handling.category')}
            disabled={closed}
            data={COMPLAINT_CATEGORIES.map((value) => ({ value, label: t(`complaintTerms.category.${value}`) }))}
            {...form.getInputProps('category')}
            error={fieldError('category')}
          />
          <Textarea
            label={t('complaintDetail.handling.resolution')}
            description={t('complaintDetail.handling.resolutionDescription')}
            disabled={closed}
            rows={3}
            required={form.getValues().status === 'resolved'}
            {...form.getInputProps('resolution')}
            error={fieldError('resolution')}
          />
          {closed ? null : (
            <Group justify="flex-end" gap="xs">
              <Button variant="default" disabled={!dirty || save.pending} onClick={() => form.reset()}>
                {t('complaintDetail.handling.discard')}
              </Button>
              <Button type="submit" loading={save.pending} disabled={!dirty}>
                {t('complaintDetail.handling.save')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
