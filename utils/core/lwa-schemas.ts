/**
 * The LWA value formats as zod schemas, for the background and extension pages. Content
 * scripts use the plain patterns in lwa.ts instead, so zod stays out of their bundles.
 */
import { CLIENT_ID_PATTERN, isClientSecretFormat } from './lwa';
import { z } from './zod';

export const clientIdSchema = z.string().check(z.regex(CLIENT_ID_PATTERN));
export const clientSecretSchema = z
  .string()
  .check(z.refine(isClientSecretFormat, { message: 'not an LWA client secret' }));
