// Handlers for the consent area are being written; see mocks/handlers/session.ts for the pattern.
export const consentHandlers = [];
