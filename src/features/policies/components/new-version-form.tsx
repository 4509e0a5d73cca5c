import { Alert, Button, Checkbox, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconMail } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '@/api/api-error';
import { guardLabels, UnsavedChangesGuard } from '@/components/forms/unsaved-changes-guard';
import { useTextError } from '@/hooks/use-text-error';
import type { TextRule } from '@/lib/text-rules';
import { ServerError } from '@/components/states/server-error';
import { useCreateVersion } from '../api/policy-queries';
import { buildVersionBody, suggestNextVersion, validateVersionDraft, type VersionDraft } from '../lib/version-draft';

/** PolicyVersionCreate's texts in the contract (the summaries are LocalizedText); the draft's rules require them. */
const TEXT_RULES: Record<'version' | 'summary.nl' | 'summary.en', TextRule> = {
  version: { max: 20 },
  'summary.nl': { max: 2000, multiline: true },
  'summary.en': { max: 2000, multiline: true },
};

interface NewVersionFormProps {
  opened: boolean;
  onClose: () => void;
  latestVersion: string | undefined;
  /** Where the new version's page is; a material version's announcement is followed there. */
  versionPath: (versionId: string) => string;
}

/**
 * Publishing a version. The form stays mounted while the dialog is closed, so closing it (or a
 * refused save) never loses the draft; leaving the page with a draft asks first.
 */
export function NewVersionForm({ opened, onClose, latestVersion, versionPath }: NewVersionFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateVersion();
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [general, setGeneral] = useState<unknown>(null);
  const textError = useTextError();
  const form = useForm<VersionDraft>({
    mode: 'controlled',
    initialValues: { version: suggestNextVersion(latestVersion, true), effectiveOn: '', material: true, summary: { nl: '', en: '' } },
    validate: (values) => {
      const errors = validateVersionDraft(values, latestVersion, (key) => t(`policiesVersions.form.errors.${key}`));
      const texts = { version: values.version, 'summary.nl': values.summary.nl, 'summary.en': values.summary.en };
      // A control character or an over-long text is said as such, before the draft's own words.
      for (const [path, value] of Object.entries(texts) as [keyof typeof TEXT_RULES, string][]) {
        const problem = textError(value, TEXT_RULES[path]);
        if (problem) errors[path] = problem;
      }
      return errors;
    },
  });
  const values = form.getValues();

  const submit = form.onSubmit(async (draft) => {
    setGeneral(null);
    try {
      const version = await create.mutateAsync({ body: buildVersionBody(draft), idempotencyKey });
      form.reset();
      setIdempotencyKey(crypto.randomUUID());
      onClose();
      await navigate(versionPath(version.id));
    } catch (error) {
      if (isApiError(error) && error.status === 422) form.setErrors(error.fieldErrorMap());
      else if (isApiError(error) && error.status === 409) form.setFieldError('version', error.problem.detail ?? error.problem.title);
      else setGeneral(error);
    }
  });

  return (
    <>
      <UnsavedChangesGuard
        when={form.isDirty() && !create.isPending}
        labels={guardLabels(t, 'policiesVersions.unsaved')}
      />
      <Modal opened={opened} onClose={onClose} title={t('policiesVersions.form.title')} size="lg">
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <ServerError error={general} title={t('policiesVersions.form.failed')} otherwise={t('policiesVersions.form.unknownError')} />
            <Group grow align="flex-start">
              <TextInput label={t('policiesVersions.form.version')} description={t('policiesVersions.form.versionHelp', { latest: latestVersion ?? '—' })} withAsterisk {...form.getInputProps('version')} />
              <TextInput type="date" label={t('policiesVersions.form.effectiveOn')} description={t('policiesVersions.form.effectiveOnHelp')} withAsterisk {...form.getInputProps('effectiveOn')} />
            </Group>
            <Textarea label={t('policiesVersions.form.summaryNl')} withAsterisk rows={3} lang="nl" {...form.getInputProps('summary.nl')} />
            <Textarea label={t('policiesVersions.form.summaryEn')} withAsterisk rows={3} lang="en" {...form.getInputProps('summary.en')} />
            <Checkbox
              label={t('policiesVersions.form.material')}
              description={t('policiesVersions.form.materialHelp')}
              {...form.getInputProps('material', { type: 'checkbox' })}
              onChange={(event) => {
                const material = event.currentTarget.checked;
                form.setFieldValue('material', material);
                // The suggested number follows the kind of change until the officer types their own.
                if (!form.isDirty('version')) form.setFieldValue('version', suggestNextVersion(latestVersion, material));
              }}
            />
            {values.material ? (
              <Alert color="blue" variant="light" icon={<IconMail aria-hidden />} title={t('policiesVersions.form.announcementTitle')}>
                <Text size="sm">{t('policiesVersions.form.announcementBody')}</Text>
                <Text size="sm" mt={6} fw={600}>
                  {t('policiesVersions.legalNotice')}
                </Text>
              </Alert>
            ) : (
              <Text size="sm" c="dimmed">
                {t('policiesVersions.form.minorBody')}
              </Text>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('policiesVersions.form.close')}
              </Button>
              <Button type="submit" loading={create.isPending}>
                {values.material ? t('policiesVersions.form.submitMaterial') : t('policiesVersions.form.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
