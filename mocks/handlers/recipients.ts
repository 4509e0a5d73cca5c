// Handlers for the recipients area are being written; see mocks/handlers/session.ts for the pattern.
export const recipientsHandlers = [];
