import { Button, Group, Modal, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/api/types';
import { useExtendDsar } from '../../api/dsar-mutations';
import { canOfferExtension } from '../../lib/dsar-changes';
import { ConflictNotice } from './conflict-notice';
import { showSaveError } from './form-errors';
import { ServerError } from '@/components/states/server-error';
import { useConflict } from './use-conflict';
import { useFocusReturnOnUnmount } from '@/hooks/use-focus-return-on-unmount';
import { useTextError } from '@/hooks/use-text-error';
import type { TextRule } from '@/lib/text-rules';

/** DsarExtensionRequest.reason in the contract. */
const REASON_RULE: TextRule = { max: 4000, min: 10, required: true, multiline: true };

type Dsar = Schemas['Dsar'];

interface ExtensionPanelProps {
  dsar: Dsar;
  etag: string;
  onDraftChange: (key: string, dirty: boolean) => void;
}

/** The Art. 12(3) extension: the rule on screen, a form, and the server's reason when it refuses. */
export function ExtensionPanel({ dsar, etag, onDraftChange }: ExtensionPanelProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (!canOfferExtension(dsar)) return null;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="dsar-extension-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="dsar-extension-title">
          {t('dsarDetail.extension.title')}
        </Title>
        <Text size="sm">{t('dsarDetail.extension.rule')}</Text>
        <div>
          <Button variant="light" onClick={() => setOpen(true)}>
            {t('dsarDetail.extension.open')}
          </Button>
        </div>
      </Stack>
      {open ? (
        <ExtensionForm
          dsar={dsar}
          etag={etag}
          onDraftChange={(dirty) => onDraftChange('extension', dirty)}
          onClose={() => {
            onDraftChange('extension', false);
            setOpen(false);
          }}
        />
      ) : null}
    </Paper>
  );
}

interface ExtensionFormProps {
  dsar: Dsar;
  etag: string;
  onClose: () => void;
  onDraftChange: (dirty: boolean) => void;
}

function ExtensionForm({ dsar, etag, onClose, onDraftChange }: ExtensionFormProps) {
  const { t } = useTranslation();
  const extend = useExtendDsar(dsar.id);
  useFocusReturnOnUnmount();
  const conflict = useConflict(dsar);
  const textError = useTextError();
  const [basedOn] = useState(dsar);
  const [reason, setReason] = useState('');
  const [informedOn, setInformedOn] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<unknown>(null);
  const dirty = reason.trim() !== '' || informedOn !== '';
  useEffect(() => onDraftChange(dirty), [dirty, onDraftChange]);

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    const found: Record<string, string> = {};
    const reasonProblem = textError(reason, REASON_RULE, { required: t('dsarDetail.extension.reasonTooShort'), tooShort: t('dsarDetail.extension.reasonTooShort') });
    if (reasonProblem) found.reason = reasonProblem;
    if (!informedOn) found.personInformedOn = t('dsarDetail.extension.informedRequired');
    setErrors(found);
    setGeneral(null);
    if (Object.keys(found).length > 0) return;
    const startedFrom = conflict.fields ? dsar : basedOn;
    extend.mutate(
      { etag, body: { reason: reason.trim(), personInformedOn: informedOn } },
      {
        onSuccess: (next) => {
          conflict.clear();
          notifications.show({ color: 'green', message: t('dsarDetail.extension.done', { reference: next.data.reference }) });
          onClose();
        },
        onError: (error) => showSaveError(error, { conflict, basedOn: startedFrom, setErrors, setGeneral }),
      },
    );
  };

  return (
    <Modal opened onClose={onClose} closeOnEscape={!dirty} closeOnClickOutside={!dirty} title={t('dsarDetail.extension.open')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('dsarDetail.extension.rule')}</Text>
          {conflict.fields ? <ConflictNotice fields={conflict.fields} onReapply={() => submit()} pending={extend.isPending} /> : null}
          <ServerError error={general} title={t('dsarDetail.extension.refused')} />
          <Textarea
            label={t('dsarDetail.extension.reason')}
            description={t('dsarDetail.extension.reasonHelp')}
            required
            rows={2}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={errors.reason}
          />
          <TextInput
            type="date"
            label={t('dsarDetail.extension.informedOn')}
            required
            value={informedOn}
            onChange={(event) => setInformedOn(event.currentTarget.value)}
            error={errors.personInformedOn}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('dsarDetail.extension.cancel')}
            </Button>
            <Button type="submit" loading={extend.isPending}>
              {t('dsarDetail.extension.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
