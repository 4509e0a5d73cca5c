import { api, csrfHeader, unwrap } from '@/api/client';
import { signInAs } from '../../utils/render';

/** A fresh violation record (the seeded history has few open ones), opened as the privacy officer: the only role that may. */
export async function openRecord(employeeName = 'Wout Jacobs') {
  await signInAs('privacy_officer');
  return unwrap(
    api.POST('/violations', {
      params: { header: { ...csrfHeader, 'Idempotency-Key': crypto.randomUUID() } },
      body: {
        employeeName,
        department: 'Marketing',
        policySection: 'Hoe we de verzamelde informatie gebruiken',
        policyQuote: 'Op het moment dat we uw informatie hebben verzameld…',
        description: 'Newsletter sent to a bought list.',
        occurredOn: '2026-11-16',
        reportedBy: 'Interne audit',
        severity: 'medium',
      },
    }),
  );
}
