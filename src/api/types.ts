// Aliases only: every API type comes from the generated schema.
import type { components, operations, paths } from './schema';

export type { components, operations, paths };
export type Schemas = components['schemas'];
export type Problem = Schemas['Problem'];
export type FieldError = Schemas['FieldError'];
export type Session = Schemas['Session'];
export type Role = Schemas['Role'];
export type Permission = Schemas['Permission'];
