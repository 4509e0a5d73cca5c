/** Query keys of the session area; everything else keys off the signed-in user implicitly. */
export const sessionKeys = {
  all: ['session'] as const,
  current: () => [...sessionKeys.all, 'current'] as const,
};
