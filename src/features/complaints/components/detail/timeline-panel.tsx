import { Alert, Badge, Button, Group, Paper, Stack, Tabs, Text, Textarea, Title } from '@mantine/core';
import { IconLock, IconMail, IconHistory } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/api/types';
import { ErrorState } from '@/components/states/error-state';
import { LoadingSkeleton } from '@/components/states/loading-skeleton';
import { useFormatters } from '@/hooks/use-formatters';
import { useTextError } from '@/hooks/use-text-error';
import type { TextRule } from '@/lib/text-rules';
import { useAddComplaintEntry } from '../../api/complaint-mutations';
import { useComplaintTimeline } from '../../api/complaint-queries';
import classes from '../complaints.module.css';
import { SaveError } from './save-feedback';

type Entry = Schemas['TimelineEntry'];
type Kind = Schemas['NoteCreate']['kind'];

/** NoteCreate.text in the contract. */
const TEXT_RULE: TextRule = { max: 4000, required: true, multiline: true };

function EntryItem({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  const { dateTime } = useFormatters();
  const className = entry.kind === 'note' ? classes.internal : entry.kind === 'reply' ? classes.reply : undefined;
  const what =
    entry.kind === 'status_changed' && entry.toStatus
      ? t('complaintDetail.timeline.statusChanged', { from: entry.fromStatus ? t(`complaintTerms.status.${entry.fromStatus}`) : '—', to: t(`complaintTerms.status.${entry.toStatus}`) })
      : t(`complaintDetail.timeline.kind.${entry.kind}`);
  return (
    <Paper component="li" withBorder p="sm" radius="sm" className={className}>
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Group gap="xs">
          {entry.kind === 'note' ? (
            <Badge variant="light" color="yellow" leftSection={<IconLock size={12} aria-hidden />} tt="none" c="var(--mantine-color-text)">
              {t('complaintDetail.timeline.internalBadge')}
            </Badge>
          ) : entry.kind === 'reply' ? (
            <Badge variant="light" leftSection={<IconMail size={12} aria-hidden />} tt="none">
              {t('complaintDetail.timeline.replyBadge')}
            </Badge>
          ) : null}
          <Text size="sm" fw={600}>
            {what}
          </Text>
        </Group>
        <Text size="xs" c="dimmed">
          {entry.actor ? t('complaintDetail.timeline.byAt', { actor: entry.actor.displayName, at: dateTime(entry.occurredAt) }) : t('complaintDetail.timeline.systemAt', { at: dateTime(entry.occurredAt) })}
        </Text>
      </Group>
      {entry.text && entry.kind !== 'status_changed' ? (
        <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
          {entry.text}
        </Text>
      ) : null}
    </Paper>
  );
}

function Composer({ complaintId, kind, onDirtyChange }: { complaintId: string; kind: Kind; onDirtyChange: (dirty: boolean) => void }) {
  const { t } = useTranslation();
  const add = useAddComplaintEntry(complaintId);
  const textError = useTextError();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  // One key per intended entry: a retry after a lost answer is not recorded twice.
  const [key, setKey] = useState(() => crypto.randomUUID());
  const dirty = text.trim() !== '';
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = textError(text, TEXT_RULE, { required: t(`complaintDetail.timeline.${kind}.required`) });
    if (problem) {
      setError(problem);
      return;
    }
    setError(null);
    add.mutate(
      { kind, text: text.trim(), idempotencyKey: key },
      {
        onSuccess: () => {
          setText('');
          setKey(crypto.randomUUID());
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs" mt="sm">
        <SaveError error={add.error} />
        <Textarea
          label={t(`complaintDetail.timeline.${kind}.label`)}
          description={t(`complaintDetail.timeline.${kind}.description`)}
          rows={2}
          value={text}
          error={error}
          onChange={(event) => setText(event.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={add.isPending} variant={kind === 'note' ? 'default' : 'filled'}>
            {t(`complaintDetail.timeline.${kind}.submit`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface TimelinePanelProps {
  complaintId: string;
  canWrite: boolean;
  closed: boolean;
  onDirtyChange: (key: string, dirty: boolean) => void;
}

/** Replies sent to the person and internal notes kept apart, with the full history beside them. */
export function TimelinePanel({ complaintId, canWrite, closed, onDirtyChange }: TimelinePanelProps) {
  const { t } = useTranslation();
  const timeline = useComplaintTimeline(complaintId);
  const entries = timeline.data?.items ?? [];
  const replies = entries.filter((entry) => entry.kind === 'reply');
  const notes = entries.filter((entry) => entry.kind === 'note');
  const list = (items: Entry[], empty: string) =>
    items.length === 0 ? (
      <Text size="sm" c="dimmed" py="sm">
        {empty}
      </Text>
    ) : (
      <Stack component="ol" gap="xs" p={0} m={0} mt="sm" style={{ listStyle: 'none' }}>
        {items.map((entry) => (
          <EntryItem key={entry.id} entry={entry} />
        ))}
      </Stack>
    );
  const composer = (kind: Kind) =>
    !canWrite ? null : closed ? (
      <Alert role="note" variant="light" color="gray" mt="sm">
        {t('complaintDetail.timeline.closed')}
      </Alert>
    ) : (
      <Composer complaintId={complaintId} kind={kind} onDirtyChange={(dirty) => onDirtyChange(kind, dirty)} />
    );

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="complaint-timeline-title">
      <Title order={2} size="h4" id="complaint-timeline-title" mb="xs">
        {t('complaintDetail.timeline.title')}
      </Title>
      {timeline.isPending ? (
        <LoadingSkeleton variant="table" count={3} label={t('complaintDetail.timeline.loading')} />
      ) : timeline.isError ? (
        <ErrorState error={timeline.error} title={t('complaintDetail.timeline.error')} onRetry={() => void timeline.refetch()} headingLevel={3} />
      ) : (
        <Tabs defaultValue="replies">
          <Tabs.List>
            <Tabs.Tab value="replies" leftSection={<IconMail size={14} aria-hidden />}>
              {t('complaintDetail.timeline.tabs.replies', { count: replies.length })}
            </Tabs.Tab>
            <Tabs.Tab value="notes" leftSection={<IconLock size={14} aria-hidden />}>
              {t('complaintDetail.timeline.tabs.notes', { count: notes.length })}
            </Tabs.Tab>
            <Tabs.Tab value="history" leftSection={<IconHistory size={14} aria-hidden />}>
              {t('complaintDetail.timeline.tabs.history', { count: entries.length })}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="replies">
            <Text size="xs" c="dimmed" mt="xs">
              {t('complaintDetail.timeline.repliesExplanation')}
            </Text>
            {list(replies, t('complaintDetail.timeline.noReplies'))}
            {composer('reply')}
          </Tabs.Panel>
          <Tabs.Panel value="notes">
            <Text size="xs" c="dimmed" mt="xs">
              {t('complaintDetail.timeline.notesExplanation')}
            </Text>
            {list(notes, t('complaintDetail.timeline.noNotes'))}
            {composer('note')}
          </Tabs.Panel>
          <Tabs.Panel value="history">{list(entries, t('complaintDetail.timeline.noHistory'))}</Tabs.Panel>
        </Tabs>
      )}
    </Paper>
  );
}
