/**
 * Every console path, named once. Screens build links with these builders instead of string
 * literals, so renaming a path is one edit. `pattern` is what the router matches.
 */
const enc = encodeURIComponent;

export const paths = {
  overview: { pattern: '/', build: () => '/' },
  signIn: {
    pattern: '/sign-in',
    build: (options: { returnTo?: string | undefined; reason?: SignInReason | undefined } = {}) => {
      const search = new URLSearchParams();
      if (options.returnTo && options.returnTo !== '/') search.set('returnTo', options.returnTo);
      if (options.reason) search.set('reason', options.reason);
      const query = search.toString();
      return query ? `/sign-in?${query}` : '/sign-in';
    },
  },
  dsars: {
    pattern: '/dsars',
    build: () => '/dsars',
    detail: { pattern: '/dsars/:dsarId', build: (dsarId: string) => `/dsars/${enc(dsarId)}` },
  },
  consent: { pattern: '/consent', build: () => '/consent' },
  people: {
    pattern: '/people',
    build: () => '/people',
    detail: { pattern: '/people/:personId', build: (personId: string) => `/people/${enc(personId)}` },
  },
  complaints: {
    pattern: '/complaints',
    // The queue opens on the complaints still to answer; `all` includes resolved and closed ones.
    build: (view: 'open' | 'all' = 'open') => (view === 'all' ? '/complaints' : '/complaints?status=new&status=in_progress&status=waiting_for_person'),
    create: { pattern: '/complaints/new', build: () => '/complaints/new' },
    detail: {
      pattern: '/complaints/:complaintId',
      build: (complaintId: string) => `/complaints/${enc(complaintId)}`,
    },
  },
  recipients: {
    pattern: '/recipients',
    build: () => '/recipients',
    detail: {
      pattern: '/recipients/:recipientId',
      build: (recipientId: string) => `/recipients/${enc(recipientId)}`,
    },
    edit: {
      pattern: '/recipients/:recipientId/edit',
      build: (recipientId: string) => `/recipients/${enc(recipientId)}/edit`,
    },
    create: { pattern: '/recipients/new', build: () => '/recipients/new' },
    flows: { pattern: '/recipients/flows', build: () => '/recipients/flows' },
  },
  disclosures: {
    pattern: '/disclosures',
    build: (options: { recipientId?: string } = {}) => (options.recipientId ? `/disclosures?recipientId=${enc(options.recipientId)}` : '/disclosures'),
  },
  compliance: {
    pattern: '/compliance',
    build: () => '/compliance',
    detail: { pattern: '/compliance/:checkId', build: (checkId: string) => `/compliance/${enc(checkId)}` },
  },
  policies: {
    pattern: '/policies',
    build: () => '/policies',
    version: { pattern: '/policies/:versionId', build: (versionId: string) => `/policies/${enc(versionId)}` },
  },
  reports: {
    pattern: '/reports',
    build: (period?: string) => (period ? `/reports?period=${enc(period)}` : '/reports'),
    frozen: { pattern: '/reports/frozen/:reportId', build: (reportId: string) => `/reports/frozen/${enc(reportId)}` },
  },
  violations: {
    pattern: '/violations',
    build: () => '/violations',
    create: {
      pattern: '/violations/new',
      build: (from: { complaintId?: string } = {}) => (from.complaintId ? `/violations/new?complaintId=${enc(from.complaintId)}` : '/violations/new'),
    },
    detail: { pattern: '/violations/:violationId', build: (violationId: string) => `/violations/${enc(violationId)}` },
  },
  audit: { pattern: '/audit', build: () => '/audit' },
  apiReference: { pattern: '/api-reference', build: () => '/api-reference' },
} as const;

/** Why the sign-in page is shown; it explains the reason to the user. */
export type SignInReason = 'session_ended' | 'idle' | 'signed_out';

export const SIGN_IN_REASONS: readonly SignInReason[] = ['session_ended', 'idle', 'signed_out'];

/**
 * A return address is only followed when it is a path inside the console, so a crafted
 * `?returnTo=https://evil.example` link cannot send a freshly signed-in user elsewhere.
 */
export function safeReturnTo(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (value.startsWith(paths.signIn.pattern)) return '/';
  return value;
}
