import { Button, Group, Modal, NativeSelect, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/api/types';
import { useTransitionDsar } from '../../api/dsar-mutations';
import { isOpen } from '../../lib/dsar-changes';
import { ConflictNotice } from './conflict-notice';
import { showSaveError } from './form-errors';
import { ServerError } from '@/components/states/server-error';
import { useConflict } from './use-conflict';
import { useFocusReturnOnUnmount } from '@/hooks/use-focus-return-on-unmount';
import { useTextError } from '@/hooks/use-text-error';
import type { TextRule } from '@/lib/text-rules';

/** DsarTransitionRequest's texts in the contract: each at most 4,000 characters; the form asks for those the step needs. */
const TEXT_RULE: TextRule = { max: 4000, multiline: true };
const REQUIRED_TEXT_RULE: TextRule = { ...TEXT_RULE, required: true };

type Dsar = Schemas['Dsar'];
type DsarStatus = Schemas['DsarStatus'];

const REJECTION_REASONS: Schemas['RejectionReason'][] = [
  'manifestly_unfounded',
  'excessive',
  'identity_not_established',
  'no_data_held',
  'legal_obligation_to_retain',
  'rights_of_others',
];

interface TransitionActionsProps {
  dsar: Dsar;
  etag: string;
  onDraftChange: (key: string, dirty: boolean) => void;
}

/** One button per transition the server allows now; nothing else is offered. */
export function TransitionActions({ dsar, etag, onDraftChange }: TransitionActionsProps) {
  const { t } = useTranslation();
  const [target, setTarget] = useState<DsarStatus | null>(null);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="dsar-actions-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="dsar-actions-title">
          {t('dsarDetail.actions.title')}
        </Title>
        {dsar.allowedTransitions.length === 0 ? (
          <Text c="dimmed" size="sm">
            {isOpen(dsar) ? t('dsarDetail.actions.none') : t('dsarDetail.actions.noneClosed')}
          </Text>
        ) : (
          <Group gap="sm">
            {dsar.allowedTransitions.map((to) => (
              <Button key={to} variant={to === 'rejected' ? 'outline' : 'filled'} color={to === 'rejected' ? 'red' : undefined} onClick={() => setTarget(to)}>
                {t('dsarDetail.actions.moveTo', { status: t(`dsarTerms.status.${to}`) })}
              </Button>
            ))}
          </Group>
        )}
      </Stack>
      {target ? (
        <TransitionForm
          key={target}
          dsar={dsar}
          etag={etag}
          to={target}
          onClose={() => {
            onDraftChange('transition', false);
            setTarget(null);
          }}
          onDraftChange={(dirty) => onDraftChange('transition', dirty)}
        />
      ) : null}
    </Paper>
  );
}

interface TransitionFormProps {
  dsar: Dsar;
  etag: string;
  to: DsarStatus;
  onClose: () => void;
  onDraftChange: (dirty: boolean) => void;
}

function TransitionForm({ dsar, etag, to, onClose, onDraftChange }: TransitionFormProps) {
  const { t } = useTranslation();
  const transition = useTransitionDsar(dsar.id);
  useFocusReturnOnUnmount();
  const conflict = useConflict(dsar);
  const textError = useTextError();
  const [basedOn] = useState(dsar);
  const [note, setNote] = useState('');
  const [evidenceChecked, setEvidenceChecked] = useState('');
  const [forwardedOn, setForwardedOn] = useState('');
  const [employerInstruction, setEmployerInstruction] = useState('');
  const [rejectionReason, setRejectionReason] = useState('');
  const [rejectionExplanation, setRejectionExplanation] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<unknown>(null);

  const needsEvidence = basedOn.status === 'identity_verification' && to === 'in_progress';
  const needsForwarded = to === 'awaiting_employer';
  const needsInstruction = basedOn.status === 'awaiting_employer';
  const rejecting = to === 'rejected';
  const statusLabel = t(`dsarTerms.status.${to}`);

  const dirty = [note, evidenceChecked, forwardedOn, employerInstruction, rejectionReason, rejectionExplanation].some((value) => value.trim() !== '');
  useEffect(() => onDraftChange(dirty), [dirty, onDraftChange]);

  const validate = (): Record<string, string> => {
    const found: Record<string, string> = {};
    const required = t('dsarDetail.actions.required');
    const check = (field: string, value: string, rule: TextRule) => {
      const problem = textError(value, rule, { required });
      if (problem) found[field] = problem;
    };
    if (needsEvidence) check('evidenceChecked', evidenceChecked, REQUIRED_TEXT_RULE);
    if (needsForwarded && !forwardedOn) found.forwardedOn = required;
    if (needsInstruction) check('employerInstruction', employerInstruction, REQUIRED_TEXT_RULE);
    if (rejecting && !rejectionReason) found.rejectionReason = required;
    if (rejecting) check('rejectionExplanation', rejectionExplanation, REQUIRED_TEXT_RULE);
    check('note', note, TEXT_RULE);
    return found;
  };

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    const found = validate();
    setErrors(found);
    setGeneral(null);
    if (Object.keys(found).length > 0) return;
    const body: Schemas['DsarTransitionRequest'] = { to };
    if (note.trim()) body.note = note.trim();
    if (needsEvidence) body.evidenceChecked = evidenceChecked.trim();
    if (needsForwarded) body.forwardedOn = forwardedOn;
    if (needsInstruction) body.employerInstruction = employerInstruction.trim();
    if (rejecting) {
      body.rejectionReason = rejectionReason as Schemas['RejectionReason'];
      body.rejectionExplanation = rejectionExplanation.trim();
    }
    const startedFrom = conflict.fields ? dsar : basedOn;
    transition.mutate(
      { etag, body },
      {
        onSuccess: (next) => {
          conflict.clear();
          notifications.show({ color: 'green', message: t('dsarDetail.actions.moved', { reference: next.data.reference, status: statusLabel }) });
          onClose();
        },
        onError: (error) => showSaveError(error, { conflict, basedOn: startedFrom, setErrors, setGeneral }),
      },
    );
  };

  return (
    <Modal opened onClose={onClose} closeOnEscape={!dirty} closeOnClickOutside={!dirty} title={t('dsarDetail.actions.moveTo', { status: statusLabel })} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {conflict.fields ? <ConflictNotice fields={conflict.fields} onReapply={() => submit()} pending={transition.isPending} /> : null}
          <ServerError error={general} title={t('dsarDetail.actions.refused')} />
          {needsEvidence ? (
            <Textarea
              label={t('dsarDetail.actions.evidenceChecked')}
              description={t('dsarDetail.actions.evidenceCheckedHelp')}
              required
              rows={2}
              value={evidenceChecked}
              onChange={(event) => setEvidenceChecked(event.currentTarget.value)}
              error={errors.evidenceChecked}
            />
          ) : null}
          {needsForwarded ? (
            <TextInput
              type="date"
              label={t('dsarDetail.actions.forwardedOn')}
              required
              value={forwardedOn}
              onChange={(event) => setForwardedOn(event.currentTarget.value)}
              error={errors.forwardedOn}
            />
          ) : null}
          {needsInstruction ? (
            <Textarea
              label={t('dsarDetail.actions.employerInstruction')}
              description={t('dsarDetail.actions.employerInstructionHelp')}
              required
              rows={2}
              value={employerInstruction}
              onChange={(event) => setEmployerInstruction(event.currentTarget.value)}
              error={errors.employerInstruction}
            />
          ) : null}
          {rejecting ? (
            <>
              <NativeSelect
                label={t('dsarDetail.actions.rejectionReason')}
                required
                value={rejectionReason}
                onChange={(event) => setRejectionReason(event.currentTarget.value)}
                error={errors.rejectionReason}
                data={[{ value: '', label: '—' }, ...REJECTION_REASONS.map((reason) => ({ value: reason, label: t(`dsarTerms.rejectionReason.${reason}`) }))]}
              />
              <Textarea
                label={t('dsarDetail.actions.rejectionExplanation')}
                required
                rows={2}
                value={rejectionExplanation}
                onChange={(event) => setRejectionExplanation(event.currentTarget.value)}
                error={errors.rejectionExplanation}
              />
              <Text size="sm">{t('dsarDetail.actions.complaintRight')}</Text>
            </>
          ) : null}
          <Textarea label={t('dsarDetail.actions.note')} rows={2} value={note} onChange={(event) => setNote(event.currentTarget.value)} error={errors.note} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('dsarDetail.actions.cancel')}
            </Button>
            <Button type="submit" loading={transition.isPending} color={rejecting ? 'red' : undefined}>
              {t('dsarDetail.actions.confirm', { status: statusLabel })}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
