/**
 * What only the mock API ships: its own code (mocks/) and the packages nothing else imports.
 * The size budget leaves them out, the no-mocks check refuses them in a server build, and the
 * seeding bench attributes their work to the mock. One list, so the three agree.
 */
export const MOCK_ONLY_PACKAGES = ['msw', '@mswjs', '@msw', '@faker-js', 'date-holidays'];

/** A module path as the manifest writes it (`mocks/…`, `node_modules/<package>/…`). */
export const MOCK_MODULE = new RegExp(`^(mocks/|node_modules/(${MOCK_ONLY_PACKAGES.join('|')})/)`);

/** A module path as a source map writes it (`../../mocks/…`, `../../node_modules/<package>/…`). */
export const MOCK_SOURCE = new RegExp(`(^|/)mocks/|node_modules/(${MOCK_ONLY_PACKAGES.join('|')})/`);
