import { Alert, Button, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { memo, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewer } from './viewer-context';
import type { Schemas } from '@/api/types';
import { ErrorState } from '@/components/states/error-state';
import { LoadingSkeleton } from '@/components/states/loading-skeleton';
import { useFormatters } from '@/hooks/use-formatters';
import { useTextError } from '@/hooks/use-text-error';
import type { TextRule } from '@/lib/text-rules';
import { useAddDsarNote } from '../../api/dsar-mutations';
import { useDsarTimeline } from '../../api/dsar-timeline';

interface TimelinePanelProps {
  dsarId: string;
  onDraftChange: (key: string, dirty: boolean) => void;
}

/** NoteCreate.text in the contract. */
const NOTE_RULE: TextRule = { max: 4000, required: true, multiline: true };

const STATUSES = new Set<string>(['received', 'identity_verification', 'in_progress', 'awaiting_employer', 'completed', 'rejected']);

/** The entries, oldest first; its own component, so typing a note does not render every entry again. */
const TimelineEntries = memo(function TimelineEntries({ items }: { items: Schemas['TimelineEntry'][] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const statusLabel = (status: string | null) => (status && STATUSES.has(status) ? t(`dsarTerms.status.${status as Schemas['DsarStatus']}`) : (status ?? ''));

  const headline = (entry: Schemas['TimelineEntry']): string => {
    switch (entry.kind) {
      case 'status_changed':
        return t('dsarDetail.notes.kind.status_changed', { from: statusLabel(entry.fromStatus), to: statusLabel(entry.toStatus) });
      case 'assigned':
        return entry.text ? t('dsarDetail.notes.kind.assigned', { name: entry.text }) : t('dsarDetail.notes.kind.unassigned');
      case 'updated':
        // A description edit carries no text; the Art. 19 checklist's save carries its tally.
        return entry.text ? t('dsarRecipients.timelineUpdated') : t('dsarDetail.notes.kind.updated');
      default:
        return t(`dsarDetail.notes.kind.${entry.kind}`);
    }
  };
  // The assignee's name is the headline of an assignment; other entries show their text below.
  // The checklist's tally is the server's own (English) wording: the headline says it in the UI's language.
  const body = (entry: Schemas['TimelineEntry']) => (entry.kind === 'assigned' || entry.kind === 'updated' ? null : entry.text);

  return (
    <ol aria-label={t('dsarDetail.notes.title')} style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
      {items.map((entry) => (
        <li key={entry.id} style={{ marginBottom: 'var(--mantine-spacing-sm)' }}>
          <Text fw={600}>{headline(entry)}</Text>
          {body(entry) ? <Text style={{ whiteSpace: 'pre-wrap' }}>{body(entry)}</Text> : null}
          <Text size="sm" c="dimmed">
            {t('dsarDetail.notes.by', { name: entry.actor?.displayName ?? t('dsarDetail.notes.system'), at: format.dateTime(entry.occurredAt) })}
          </Text>
        </li>
      ))}
    </ol>
  );
});

/** Everything that happened, oldest first, and a box for an internal note that survives a failed save. */
export function TimelinePanel({ dsarId, onDraftChange }: TimelinePanelProps) {
  const { t } = useTranslation();
  const timeline = useDsarTimeline(dsarId);
  const canWrite = useViewer().can('dsars_work');
  const addNote = useAddDsarNote(dsarId);
  const textError = useTextError();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const idempotencyKey = useRef<string>(crypto.randomUUID());
  const dirty = text.trim() !== '';
  useEffect(() => onDraftChange('note', dirty), [dirty, onDraftChange]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = textError(text, NOTE_RULE, { required: t('dsarDetail.notes.required') });
    if (problem) {
      setError(problem);
      return;
    }
    setError(undefined);
    addNote.mutate(
      { text: text.trim(), idempotencyKey: idempotencyKey.current },
      {
        onSuccess: () => {
          setText('');
          idempotencyKey.current = crypto.randomUUID();
        },
        onError: () => setError(t('dsarDetail.notes.failed')),
      },
    );
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="dsar-timeline-title">
      <Stack gap="md">
        <Title order={2} size="h4" id="dsar-timeline-title">
          {t('dsarDetail.notes.title')}
        </Title>
        {timeline.isPending ? (
          <LoadingSkeleton variant="table" count={3} label={t('dsarDetail.notes.timelineLoading')} />
        ) : timeline.isError ? (
          <ErrorState error={timeline.error} onRetry={() => void timeline.refetch()} title={t('dsarDetail.notes.timelineFailed')} headingLevel={3} />
        ) : timeline.data.items.length === 0 ? (
          <Text c="dimmed">{t('dsarDetail.notes.empty')}</Text>
        ) : (
          <TimelineEntries items={timeline.data.items} />
        )}
        {canWrite ? (
          <form onSubmit={submit} noValidate>
            <Stack gap="xs">
              {addNote.isError ? (
                <Alert role="alert" color="red" variant="light">
                  {t('dsarDetail.notes.failed')}
                </Alert>
              ) : null}
              <Textarea
                label={t('dsarDetail.notes.label')}
                description={t('dsarDetail.notes.help')}
                rows={2}
                value={text}
                onChange={(event) => setText(event.currentTarget.value)}
                error={error}
              />
              <div>
                <Button type="submit" loading={addNote.isPending}>
                  {t('dsarDetail.notes.add')}
                </Button>
              </div>
            </Stack>
          </form>
        ) : null}
      </Stack>
    </Paper>
  );
}
