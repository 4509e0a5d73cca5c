import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/api/types';
import { useUpdateDsar } from '../../api/dsar-mutations';
import { isOpen } from '../../lib/dsar-changes';
import { ConflictNotice } from './conflict-notice';
import { fieldErrorsOf, isGeneralError } from './form-errors';
import { ServerError } from '@/components/states/server-error';
import { useConflict } from './use-conflict';
import { useTextError } from '@/hooks/use-text-error';
import type { TextRule } from '@/lib/text-rules';

/** DsarPatch.description in the contract. */
const DESCRIPTION_RULE: TextRule = { max: 4000, required: true, multiline: true };

interface DescriptionPanelProps {
  dsar: Schemas['Dsar'];
  etag: string;
  onDraftChange: (key: string, dirty: boolean) => void;
}

/** What the person asks, editable by whoever may work the request (the server decides). */
export function DescriptionPanel({ dsar, etag, onDraftChange }: DescriptionPanelProps) {
  const { t } = useTranslation();
  const update = useUpdateDsar(dsar.id);
  const conflict = useConflict(dsar);
  const textError = useTextError();
  const [draft, setDraft] = useState<string | null>(null);
  const [basedOn, setBasedOn] = useState(dsar);
  const [error, setError] = useState<string | undefined>();
  const [general, setGeneral] = useState<unknown>(null);
  const editing = draft !== null;
  const dirty = editing && draft.trim() !== basedOn.description;
  useEffect(() => onDraftChange('description', dirty), [dirty, onDraftChange]);

  const startEditing = () => {
    setBasedOn(dsar);
    setDraft(dsar.description);
  };
  const stop = () => {
    setDraft(null);
    setError(undefined);
    setGeneral(null);
    conflict.clear();
  };

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (draft === null) return;
    const problem = textError(draft, DESCRIPTION_RULE, { required: t('dsarDetail.description.required') });
    if (problem) {
      setError(problem);
      return;
    }
    setError(undefined);
    setGeneral(null);
    const startedFrom = conflict.fields ? dsar : basedOn;
    update.mutate(
      { etag, body: { description: draft.trim() } },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('dsarDetail.description.saved') });
          stop();
        },
        onError: (failure) => {
          if (conflict.handle(failure, startedFrom)) return;
          setError(fieldErrorsOf(failure).description);
          if (isGeneralError(failure)) setGeneral(failure);
        },
      },
    );
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="dsar-description-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="dsar-description-title">
          {t('dsarDetail.description.title')}
        </Title>
        {editing ? (
          <form onSubmit={submit} noValidate>
            <Stack gap="sm">
              {conflict.fields ? <ConflictNotice fields={conflict.fields} onReapply={() => submit()} pending={update.isPending} /> : null}
              <ServerError error={general} title={t('dsarDetail.saveFailed')} />
              <Textarea
                label={t('dsarDetail.description.label')}
                required
                rows={3}
                value={draft}
                onChange={(event) => setDraft(event.currentTarget.value)}
                error={error}
              />
              <Group gap="sm">
                <Button type="submit" loading={update.isPending}>
                  {t('dsarDetail.description.save')}
                </Button>
                <Button variant="default" onClick={stop}>
                  {t('dsarDetail.description.cancel')}
                </Button>
              </Group>
            </Stack>
          </form>
        ) : (
          <>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{dsar.description}</Text>
            {isOpen(dsar) && dsar.allowedTransitions.length > 0 ? (
              <div>
                <Button variant="light" size="xs" onClick={startEditing}>
                  {t('dsarDetail.description.edit')}
                </Button>
              </div>
            ) : null}
          </>
        )}
      </Stack>
    </Paper>
  );
}
