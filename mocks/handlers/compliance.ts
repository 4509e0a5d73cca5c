// Handlers for the compliance area are being written; see mocks/handlers/session.ts for the pattern.
export const complianceHandlers = [];
