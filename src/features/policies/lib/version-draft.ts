import type { Schemas } from '@/api/types';

export interface VersionDraft {
  version: string;
  effectiveOn: string;
  summary: { nl: string; en: string };
  material: boolean;
}

const SEMVER = /^(\d+)\.(\d+)\.(\d+)$/;

/** The next version number to suggest: a material change is a new minor version, a small one a patch. */
export function suggestNextVersion(latest: string | undefined, material: boolean): string {
  const match = latest ? SEMVER.exec(latest) : null;
  if (!match) return '1.0.0';
  const [, major, minor, patch] = match.map(Number) as [number, number, number, number];
  return material ? `${major}.${minor + 1}.0` : `${major}.${minor}.${patch + 1}`;
}

/** `2.10.0` > `2.9.3`: major, minor and patch compared as numbers. */
export function isGreaterVersion(candidate: string, than: string): boolean {
  const a = SEMVER.exec(candidate);
  const b = SEMVER.exec(than);
  if (!a || !b) return false;
  for (let i = 1; i <= 3; i += 1) {
    const diff = Number(a[i]) - Number(b[i]);
    if (diff !== 0) return diff > 0;
  }
  return false;
}

type ErrorKey = 'version' | 'versionNotGreater' | 'effectiveOn' | 'summaryNl' | 'summaryEn';

export function validateVersionDraft(draft: VersionDraft, latest: string | undefined, message: (key: ErrorKey) => string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!SEMVER.test(draft.version.trim())) errors.version = message('version');
  else if (latest && !isGreaterVersion(draft.version.trim(), latest)) errors.version = message('versionNotGreater');
  if (draft.effectiveOn === '') errors.effectiveOn = message('effectiveOn');
  if (draft.summary.nl.trim() === '') errors['summary.nl'] = message('summaryNl');
  if (draft.summary.en.trim() === '') errors['summary.en'] = message('summaryEn');
  return errors;
}

export function buildVersionBody(draft: VersionDraft): Schemas['PolicyVersionCreate'] {
  return { version: draft.version.trim(), effectiveOn: draft.effectiveOn, material: draft.material, summary: { nl: draft.summary.nl.trim(), en: draft.summary.en.trim() } };
}
