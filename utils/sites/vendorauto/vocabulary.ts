/**
 * VendorAuto's words and icon names (research/vendorauto.md: icon-only pencils, a Client Secret
 * field with its own pencil, Confirm with an "Are you sure?" step). Its real HTML is unknown,
 * so each list covers the usual spellings of modern SaaS front ends.
 */

/** Edit controls: aria-label/title/text, icon class words (fa-pencil, icon-edit, bi-pencil-square), data attributes. */
export const EDIT_WORDS =
  /\b(?:edit|pencil|modify|bearbeiten|ändern|modifier|editar|modifica)\b|(?:^|[-_\s#])(?:edit|pencil)(?:[-_\s]|$)/i;

export const SECRET_WORDS = /secret/i;

export const CONFIRM_WORDS =
  /^(?:confirm|yes|save|update|replace|apply|submit|ok|done|continue)\b|\b(?:confirm|save|replace)\b/i;

export const CANCEL_WORDS = /^(?:cancel|back|close|no|discard|dismiss|×|✕|x)\b/i;

export const SUCCESS_WORDS = /\b(?:success|successfully|saved|updated|changed|replaced|rotated)\b/i;

export const ERROR_WORDS =
  /\b(?:error|failed|fail|invalid|rejected|could not|couldn't|unable|wrong)\b/i;
