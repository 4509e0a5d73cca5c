// Handlers for the audit area are being written; see mocks/handlers/session.ts for the pattern.
export const auditHandlers = [];
