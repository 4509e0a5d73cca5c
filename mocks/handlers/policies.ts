// Handlers for the policies area are being written; see mocks/handlers/session.ts for the pattern.
export const policiesHandlers = [];
