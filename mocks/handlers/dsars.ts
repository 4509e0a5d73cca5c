// Handlers for the dsars area are being written; see mocks/handlers/session.ts for the pattern.
export const dsarsHandlers = [];
