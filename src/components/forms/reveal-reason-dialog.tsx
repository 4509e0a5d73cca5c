import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { isApiError } from '@/api/api-error';
import { ServerError } from '@/components/states/server-error';
import { useTextError } from '@/hooks/use-text-error';
import type { TextRule } from '@/lib/text-rules';

/** RevealRequest.reason in the contract. */
const REASON_RULE: TextRule = { max: 4000, min: 3, required: true, multiline: true };

export interface RevealReasonDialogProps {
  opened: boolean;
  onClose: () => void;
  /** Sends the reveal with the reason given; rejects with the API's error when it fails. */
  onReveal: (reason: string) => Promise<unknown>;
  pending: boolean;
  /** The screen's own words. */
  labels: { title: string; explain: string; reason: string; reasonRequired: string; failed: string; cancel: string; submit: string };
}

/**
 * Asks why masked personal data must be shown before it is: the server audits the reveal with
 * this reason. A refused reason (422) is shown at the field, any other failure above it; the
 * typed reason is kept until the dialog is closed.
 */
export function RevealReasonDialog({ opened, onClose, onReveal, pending, labels }: RevealReasonDialogProps) {
  const [failure, setFailure] = useState<unknown>(null);
  const textError = useTextError();
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (value) => textError(value, REASON_RULE, { required: labels.reasonRequired, tooShort: labels.reasonRequired }) },
  });
  const close = () => {
    form.reset();
    setFailure(null);
    onClose();
  };
  const submit = form.onSubmit(({ reason }) => {
    setFailure(null);
    onReveal(reason.trim()).then(close, (error: unknown) => {
      if (isApiError(error) && error.status === 422) form.setErrors(error.fieldErrorMap());
      else setFailure(error);
    });
  });
  return (
    <Modal opened={opened} onClose={close} title={labels.title}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{labels.explain}</Text>
          <ServerError error={failure} title={labels.failed} />
          <Textarea label={labels.reason} required rows={2} data-autofocus {...form.getInputProps('reason')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {labels.cancel}
            </Button>
            <Button type="submit" loading={pending}>
              {labels.submit}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
