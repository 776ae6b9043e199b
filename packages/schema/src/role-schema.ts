import { z } from 'zod';
import { IdSchema } from './id-schema.js';

/**
 * Validates a role record: a job the bank's questions prepare for.
 *
 * @example
 * ```ts
 * import { RoleSchema } from '@prepdeck/schema';
 *
 * RoleSchema.parse({
 *   id: 'utility-customer-relations-manager',
 *   title: 'Utility Customer Relations Manager',
 *   industry: 'Energy and utilities',
 *   description: 'Leads customer relations for an electric, gas or water utility.',
 * });
 * ```
 * @category Schemas
 */
export const RoleSchema = z
  .strictObject({
    id: IdSchema,
    title: z.string().min(1).max(200).describe('The job title as it appears in job ads.'),
    industry: z.string().min(1).max(200).describe('The industry the role belongs to.'),
    description: z.string().min(1).max(2000).describe('What the role does, in a few sentences.'),
  })
  .readonly()
  .describe('A job role the questions prepare for.');

/**
 * A role record.
 *
 * @example
 * ```ts
 * import type { Role } from '@prepdeck/schema';
 *
 * const label = (role: Role) => `${role.title} (${role.industry})`;
 * ```
 * @category Types
 */
export interface Role extends z.infer<typeof RoleSchema> {}
