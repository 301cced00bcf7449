/**
 * VendorAuto's words, and what the common UI kits put on an icon-only control. VendorAuto's real
 * HTML is unknown (research/vendorauto.md), so every list here names the usual spellings of
 * modern SaaS front ends and the kit each one comes from. This is the one place to extend when a
 * kit renders its edit button in a way the model does not read yet.
 */

/** Words (after CamelCase and kebab-case are split) that name an edit control: "Edit", "fa-pen", "EditIcon". */
export const EDIT_WORDS =
  /\b(?:edit|edit_note|mode_edit|pencil|pen|change|modify|bearbeiten|ändern|modifier|editar|modifica)\b/i;

/** A control with any of these in its name or icon is never an edit control, whatever else it says. */
export const DESTRUCTIVE_WORDS =
  /\b(?:trash|delete|delete_outline|delete_forever|remove|disconnect|unlink|revoke|destroy|erase|bin|löschen|entfernen|supprimer|eliminar|elimina|rimuovi)\b/i;

/** A kebab / "more actions" control: the place the Edit item hides in when a row shows no pencil. */
export const MORE_WORDS =
  /\b(?:more|more_vert|more_horiz|more actions|actions|options|menu|ellipsis|ellipsis-v|ellipsis-vertical|ellipsis-h|dots|dots-vertical|three-dots|three-dots-vertical|kebab|overflow)\b/i;

/**
 * Where kits keep a control's name when it has no text: ARIA first, then the attributes tooltip
 * libraries read or move `title` into (Bootstrap 4 `data-original-title`, Bootstrap 5
 * `data-bs-original-title`, CSS tooltips `data-tooltip`/`data-tip`, react-tooltip
 * `data-tooltip-content`, Angular Material `mattooltip`/`ng-reflect-message`).
 */
export const NAME_ATTRIBUTES = [
  'aria-label',
  'title',
  'data-tooltip',
  'data-tip',
  'data-tooltip-content',
  'data-title',
  'data-original-title',
  'data-bs-original-title',
  'mattooltip',
  'ng-reflect-message',
  'data-balloon',
] as const;

/**
 * Where kits keep an icon's name: class (Font Awesome `fa-pen`, Element `el-icon-edit`, Bootstrap
 * `bi-pencil`, tabler/lucide class names), `data-icon` (FA SVG, AntD), `data-testid` (MUI
 * `EditIcon`), `name`/`icon` (Ionic, Shoelace, Iconify), `svgicon`/`fonticon` (Angular Material),
 * `data-feather`/`data-lucide` (the CDN builds). `<use href="#icon-edit">` sprites are read too.
 */
export const ICON_ATTRIBUTES = [
  'class',
  'data-icon',
  'data-testid',
  'name',
  'icon',
  'svgicon',
  'fonticon',
  'data-feather',
  'data-lucide',
  'data-action',
] as const;

/**
 * The pencil glyphs of the popular icon sets, by the start of their SVG path (`d`), for icons
 * that carry no name at all (Element Plus, heroicons, inline copies of any set). Compared as
 * tokens, so spacing and separators do not matter. Delete/trash glyphs are absent on purpose.
 */
export const PENCIL_PATHS: readonly { set: string; icon: string; d: string }[] = [
  { set: 'Material (MUI)', icon: 'Edit', d: 'M3 17.25V21h3.75L17.81 9.94' },
  { set: 'Material (MUI)', icon: 'EditOutlined', d: 'M3 17.25V21h3.75L17.81 9.94' },
  { set: 'Material Symbols', icon: 'edit', d: 'M200-200h57l391-391-57-57-391 391v57Z' },
  { set: 'Ant Design', icon: 'EditOutlined', d: 'M257.7 752c2 0 4-.2 6-.5L431.9 722' },
  { set: 'Ant Design', icon: 'EditFilled', d: 'M880 836H144c-17.7 0-32 14.3-32 32v36' },
  { set: 'Element Plus', icon: 'Edit', d: 'M832 512a32 32 0 1 1 64 0v352a32 32 0 0 1-32 32H160' },
  { set: 'Element Plus', icon: 'EditPen', d: 'm199.04 672.64 193.984 112 224-387.968' },
  { set: 'Font Awesome 5', icon: 'edit', d: 'M402.6 83.2l90.2 90.2c3.8 3.8 3.8 10 0 13.8' },
  {
    set: 'Font Awesome 5',
    icon: 'pencil-alt',
    d: 'M497.9 142.1l-46.1 46.1c-4.7 4.7-12.3 4.7-17 0',
  },
  { set: 'Font Awesome 6', icon: 'pen-to-square', d: 'M471.6 21.7c-21.9-21.9-57.3-21.9-79.2 0' },
  { set: 'Font Awesome 6', icon: 'pen', d: 'M362.7 19.3L314.3 67.7 444.3 197.7l48.4-48.4' },
  { set: 'Font Awesome 6', icon: 'pencil', d: 'M410.3 231l11.3-11.3-33.9-33.9-62.1-62.1' },
  { set: 'Bootstrap Icons', icon: 'pencil', d: 'M12.146.146a.5.5 0 0 1 .708 0l3 3' },
  {
    set: 'Bootstrap Icons',
    icon: 'pencil-square',
    d: 'M15.502 1.94a.5.5 0 0 1 0 .706L14.459 3.69',
  },
  { set: 'heroicons (outline)', icon: 'pencil, pencil-square', d: 'm16.862 4.487 1.687-1.688' },
  { set: 'heroicons (solid)', icon: 'pencil-square', d: 'M21.731 2.269a2.625 2.625 0 0 0-3.712 0' },
  { set: 'Lucide', icon: 'pencil', d: 'M21.174 6.812a1 1 0 0 0-3.986-3.987L3.842 16.174' },
  { set: 'Lucide (<0.400)', icon: 'pencil', d: 'M17 3a2.85 2.83 0 1 1 4 4L7.5 20.5' },
  { set: 'Lucide', icon: 'square-pen', d: 'M18.375 2.625a1 1 0 0 1 3 3l-9.013 9.014' },
  { set: 'Feather', icon: 'edit-2', d: 'M17 3a2.828 2.828 0 1 1 4 4L7.5 20.5' },
  { set: 'Feather', icon: 'edit', d: 'M18.5 2.5a2.121 2.121 0 0 1 3 3L12 15l-4 1' },
  { set: 'Tabler', icon: 'pencil', d: 'M4 20h4l10.5 -10.5a2.828 2.828 0 1 0 -4 -4l-10.5 10.5v4' },
  { set: 'Tabler', icon: 'edit', d: 'M20.385 6.585a2.1 2.1 0 0 0 -2.97 -2.97l-8.415 8.385' },
];

/**
 * The "more actions" glyphs (three dots) of the sets that draw them without a name, by the start
 * of their SVG path like `PENCIL_PATHS`: a bare kebab is where the Edit item hides.
 */
export const MORE_PATHS: readonly { set: string; icon: string; d: string }[] = [
  {
    set: 'Element Plus',
    icon: 'MoreFilled',
    d: 'M176 416a112 112 0 1 1 0 224 112 112 0 0 1 0-224',
  },
  { set: 'Material (MUI)', icon: 'MoreVert', d: 'M12 8c1.1 0 2-.9 2-2s-.9-2-2-2-2 .9-2 2' },
  { set: 'heroicons (outline)', icon: 'ellipsis-vertical', d: 'M12 6.75a.75.75 0 1 1 0-1.5' },
];

export const SECRET_WORDS = /secret/i;

/** A value shown masked: bullets (•, ●, ∙), asterisks, dots — six or more and nothing else. */
export const MASKED_VALUE = /^[•●∙·⋅*]{6,}$/;

export const CONFIRM_WORDS =
  /^(?:confirm|yes|save|update|replace|apply|submit|ok|done|continue)\b|\b(?:confirm|save|replace)\b/i;

export const CANCEL_WORDS = /^(?:cancel|back|close|no|discard|dismiss|×|✕|x)\b/i;

export const SUCCESS_WORDS = /\b(?:success|successfully|saved|updated|changed|replaced|rotated)\b/i;

export const ERROR_WORDS =
  /\b(?:error|failed|fail|invalid|rejected|could not|couldn't|unable|wrong)\b/i;

/** Splits icon and class names into words: "EditIcon" -> "Edit Icon", "fa-pen-to-square" -> "fa pen to square". */
export function iconNameWords(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_:#./]+/g, ' ')
    .toLowerCase();
}

/** An SVG path's commands and numbers, so "M3 17.25V21" and "M3,17.25 V21" compare equal. */
function pathTokens(d: string): string[] {
  return d.match(/[a-zA-Z]|-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?/g) ?? [];
}

/** Enough of a path to tell a pencil from other glyphs, short enough to survive a re-export. */
const SIGNATURE_TOKENS = 10;
const signaturesOf = (paths: readonly { d: string }[]) =>
  paths.map((path) => pathTokens(path.d).slice(0, SIGNATURE_TOKENS));
const PENCIL_SIGNATURES = signaturesOf(PENCIL_PATHS);
const MORE_SIGNATURES = signaturesOf(MORE_PATHS);

function drawsOneOf(signatures: string[][], d: string): boolean {
  const tokens = pathTokens(d);
  return signatures.some(
    (signature) => signature.length > 0 && signature.every((token, i) => tokens[i] === token),
  );
}

/** Whether an SVG path draws one of the known pencils. */
export function isPencilPath(d: string): boolean {
  return drawsOneOf(PENCIL_SIGNATURES, d);
}

/** Whether an SVG path draws one of the known three-dot "more" glyphs. */
export function isMorePath(d: string): boolean {
  return drawsOneOf(MORE_SIGNATURES, d);
}

/**
 * A list's own search or filter box, by its label, placeholder or name, in the languages the
 * deadline parser knows (en, de, fr, es, it, ja). Read only on inputs: "find" in a heading is no box.
 */
export const SEARCH_WORDS =
  /\b(?:search|filter|find|such\w*|filtern|recherch\w*|filtrer|busca\w*|filtrar|cerca\w*|filtra)\b|検索|絞り込/i;

/**
 * A pager's "next page" control: its name (MUI "Go to next page", AG Grid "Next Page", Bootstrap
 * "Next" with », Element UI `btn-next`, AntD `ant-pagination-next`) or the arrow it shows.
 */
export const NEXT_PAGE_WORDS =
  /\bnext\b|weiter|nächste|suivant|siguiente|successiv|avanti|次|^\s*(?:›|»|→|>|〉|⟩)\s*$/i;

/** The way back to where the user was: "Previous", "Go to previous page", «, ‹. */
export const PREVIOUS_PAGE_WORDS =
  /\bprev(?:ious)?\b|zurück|vorherige|précédent|anterior|precedent|indietro|前|^\s*(?:‹|«|←|<|〈|⟨)\s*$/i;
