/**
 * THE declared space of layouts. Each axis maps a value name to a small piece: a renderer or
 * the few facts the page runtime needs. A layout is one value per axis; adding a value is one
 * entry here (see README.md). Bundled into the pages too, so keep it free of Node imports.
 */
import { CONSOLE_KITS, type ConsoleKit } from './page/console-kits';
import { type Child, h } from './page/h';

// ---------------------------------------------------------------------------------------------
// Amazon Developer Console

export type Words = {
  host: string;
  lang: string;
  title: string;
  appName: string;
  appId: string;
  lwa: string;
  view: string;
  credentials: string;
  clientId: string;
  clientSecret: string;
  show: string;
  hide: string;
  copy: string;
  rotate: string;
  cancel: string;
  close: string;
  back: string;
  warningTitle: string;
  warning: string;
  understand: string;
  deadline(date: string, days: number): string;
};

const [dmy, mdy] = [
  (sep: string) => (iso: string) => iso.split('-').reverse().join(sep),
  (iso: string) => {
    const [y, m, d] = iso.split('-');
    return `${m}/${d}/${y}`;
  },
];
const MONTHS_EN = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
const longEn = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${MONTHS_EN[m - 1]} ${d}, ${y}`;
};

export const LANGUAGES: Record<string, Words> = {
  en: {
    host: 'sellercentral.amazon.com',
    lang: 'en-US',
    title: 'Developer Central',
    appName: 'App name',
    appId: 'App ID',
    lwa: 'LWA credentials',
    view: 'View',
    credentials: 'LWA credentials',
    clientId: 'Client identifier',
    clientSecret: 'Client secret',
    show: 'Show',
    hide: 'Hide',
    copy: 'Copy',
    rotate: 'Rotate secret',
    cancel: 'Cancel',
    close: 'Close',
    back: 'Back to apps',
    warningTitle: 'Rotate client secret?',
    warning:
      'A new secret is generated now. The current secret keeps working for 7 days; update every application that uses it.',
    understand: 'I understand that I must update my applications',
    deadline: (d, n) => `Rotate by ${longEn(d)} (expires in ${n} days)`,
  },
  de: {
    host: 'sellercentral.amazon.de',
    lang: 'de-DE',
    title: 'Entwicklerzentrale',
    appName: 'App-Name',
    appId: 'App-ID',
    lwa: 'LWA-Anmeldedaten',
    view: 'Ansehen',
    credentials: 'LWA-Anmeldedaten',
    clientId: 'Client-Kennung',
    clientSecret: 'Client-Geheimnis',
    show: 'Anzeigen',
    hide: 'Ausblenden',
    copy: 'Kopieren',
    rotate: 'Geheimnis rotieren',
    cancel: 'Abbrechen',
    close: 'Schließen',
    back: 'Zurück zu den Apps',
    warningTitle: 'Client-Geheimnis rotieren?',
    warning:
      'Ein neues Geheimnis wird erzeugt. Das aktuelle bleibt 7 Tage gültig; aktualisieren Sie alle Anwendungen.',
    understand: 'Ich habe verstanden, dass ich meine Anwendungen aktualisieren muss',
    deadline: (d, n) => `Rotation bis ${dmy('.')(d)} erforderlich (läuft in ${n} Tagen ab)`,
  },
  fr: {
    host: 'sellercentral.amazon.fr',
    lang: 'fr-FR',
    title: 'Developer Central',
    appName: 'Nom de l’application',
    appId: 'ID de l’application',
    lwa: 'Identifiants LWA',
    view: 'Afficher',
    credentials: 'Identifiants LWA',
    clientId: 'Identifiant client',
    clientSecret: 'Secret client',
    show: 'Montrer',
    hide: 'Masquer',
    copy: 'Copier',
    rotate: 'Renouveler le secret',
    cancel: 'Annuler',
    close: 'Fermer',
    back: 'Retour aux applications',
    warningTitle: 'Renouveler le secret client ?',
    warning:
      'Un nouveau secret est généré. L’actuel reste valable 7 jours ; mettez à jour vos applications.',
    understand: 'Je comprends que je dois mettre à jour mes applications',
    deadline: (d, n) => `À renouveler avant le ${dmy('/')(d)} (expire dans ${n} jours)`,
  },
  it: {
    host: 'sellercentral.amazon.it',
    lang: 'it-IT',
    title: 'Developer Central',
    appName: 'Nome app',
    appId: 'ID app',
    lwa: 'Credenziali LWA',
    view: 'Visualizza',
    credentials: 'Credenziali LWA',
    clientId: 'Identificativo client',
    clientSecret: 'Segreto client',
    show: 'Mostra',
    hide: 'Nascondi',
    copy: 'Copia',
    rotate: 'Ruota segreto',
    cancel: 'Annulla',
    close: 'Chiudi',
    back: 'Torna alle app',
    warningTitle: 'Ruotare il segreto client?',
    warning:
      'Viene generato un nuovo segreto. Quello attuale resta valido per 7 giorni; aggiorna le applicazioni.',
    understand: 'Ho capito che devo aggiornare le mie applicazioni',
    deadline: (d, n) => `Ruotare entro il ${dmy('/')(d)} (scade tra ${n} giorni)`,
  },
  es: {
    host: 'sellercentral.amazon.es',
    lang: 'es-ES',
    title: 'Developer Central',
    appName: 'Nombre de la aplicación',
    appId: 'ID de la aplicación',
    lwa: 'Credenciales de LWA',
    view: 'Ver',
    credentials: 'Credenciales de LWA',
    clientId: 'Identificador de cliente',
    clientSecret: 'Secreto de cliente',
    show: 'Mostrar',
    hide: 'Ocultar',
    copy: 'Copiar',
    rotate: 'Rotar secreto',
    cancel: 'Cancelar',
    close: 'Cerrar',
    back: 'Volver a las aplicaciones',
    warningTitle: '¿Rotar el secreto de cliente?',
    warning:
      'Se genera un secreto nuevo. El actual sigue siendo válido durante 7 días; actualiza tus aplicaciones.',
    understand: 'Entiendo que debo actualizar mis aplicaciones',
    deadline: (d, n) => `Rotar antes del ${dmy('/')(d)} (caduca en ${n} días)`,
  },
  ja: {
    host: 'sellercentral.amazon.co.jp',
    lang: 'ja-JP',
    title: 'デベロッパーセントラル',
    appName: 'アプリ名',
    appId: 'アプリID',
    lwa: 'LWA認証情報',
    view: '表示',
    credentials: 'LWA認証情報',
    clientId: 'クライアントID',
    clientSecret: 'クライアントシークレット',
    show: '表示する',
    hide: '非表示',
    copy: 'コピー',
    rotate: 'シークレットをローテーション',
    cancel: 'キャンセル',
    close: '閉じる',
    back: 'アプリ一覧に戻る',
    warningTitle: 'クライアントシークレットをローテーションしますか？',
    warning:
      '新しいシークレットが生成されます。現在のシークレットは7日間有効です。アプリケーションを更新してください。',
    understand: 'アプリケーションを更新する必要があることを理解しました',
    deadline: (d, n) => `${d.replace(/-/g, '/')}までにローテーションが必要です（あと${n}日）`,
  },
  // Not one of the deadline parser's languages, on purpose.
  nl: {
    host: 'sellercentral.amazon.nl',
    lang: 'nl-NL',
    title: 'Developer Central',
    appName: 'Appnaam',
    appId: 'App-ID',
    lwa: 'LWA-inloggegevens',
    view: 'Bekijken',
    credentials: 'LWA-inloggegevens',
    clientId: 'Client-ID',
    clientSecret: 'Clientgeheim',
    show: 'Tonen',
    hide: 'Verbergen',
    copy: 'Kopiëren',
    rotate: 'Geheim roteren',
    cancel: 'Annuleren',
    close: 'Sluiten',
    back: 'Terug naar apps',
    warningTitle: 'Clientgeheim roteren?',
    warning:
      'Er wordt een nieuw geheim gemaakt. Het huidige blijft 7 dagen geldig; werk uw applicaties bij.',
    understand: 'Ik begrijp dat ik mijn applicaties moet bijwerken',
    deadline: (d, n) => `Roteren vóór ${dmy('-')(d)} (verloopt over ${n} dagen)`,
  },
};
void mdy;

export type AppRow = { name: string; cells: Child[] };
/** Renders the app list; `rows` are already cells in header order. */
export type AppsView = (kit: ConsoleKit, headers: string[], rows: AppRow[]) => HTMLElement;

const appsTable: AppsView = (kit, headers, rows) =>
  kit.table(
    headers,
    rows.map((r) => r.cells),
  );
const appsGrid: AppsView = (kit, headers, rows) =>
  h(
    'div',
    { role: 'grid', 'aria-rowcount': rows.length + 1, class: kit.cls('grid') },
    h(
      'div',
      { role: 'row', 'aria-rowindex': 1 },
      headers.map((t) => h('div', { role: 'columnheader' }, t)),
    ),
    rows.map((r, i) =>
      h(
        'div',
        { role: 'row', 'aria-rowindex': i + 2 },
        r.cells.map((c) => h('div', { role: 'gridcell' }, c)),
      ),
    ),
  );
const appsCards: AppsView = (kit, headers, rows) =>
  h(
    'div',
    { class: kit.cls('cards') },
    rows.map((r) =>
      h(
        'section',
        { class: kit.cls('card'), 'aria-label': r.name },
        h('h3', null, r.name),
        r.cells
          .slice(1)
          .map((c, i) =>
            h(
              'div',
              { class: kit.cls('card-line') },
              h('span', { class: kit.cls('k') }, headers[i + 1] ?? ''),
              ' ',
              c,
            ),
          ),
      ),
    ),
  );

export const CONSOLE_AXES = {
  kit: {
    katal: { kit: CONSOLE_KITS.katal, katal: true },
    'katal-contents': { kit: CONSOLE_KITS.katalContents, katal: true },
    'react-hashed': { kit: CONSOLE_KITS.react, katal: false },
    'native-dialog': { kit: CONSOLE_KITS.native, katal: false },
  },
  apps: { table: appsTable, grid: appsGrid, cards: appsCards },
  credentials: {
    modal: { place: 'modal' },
    drawer: { place: 'drawer' },
    inline: { place: 'inline' },
    page: { place: 'page' },
  },
  warning: {
    stacked: { mode: 'stacked' },
    'same-modal': { mode: 'same' },
    inline: { mode: 'inline' },
  },
  gate: { none: { checkbox: false }, checkbox: { checkbox: true } },
  secret: {
    text: { mode: 'text' },
    masked: { mode: 'masked' },
    password: { mode: 'password' },
    'copy-only': { mode: 'copy' },
  },
  lang: Object.fromEntries(Object.entries(LANGUAGES).map(([k, words]) => [k, { words }])),
  timing: {
    immediate: { delay: 0, remount: false },
    late: { delay: 900, remount: false },
    remount: { delay: 100, remount: true },
  },
  count: {
    '1': { apps: 1 },
    '4': { apps: 4 },
    '30': { apps: 30 },
    '250': { apps: 250 },
    '1000': { apps: 1000 },
  },
} as const;

// ---------------------------------------------------------------------------------------------
// VendorAuto

/** An icon set as it really renders: the edit (pencil) glyph, the kebab, and how a button is named. */
export type IconSet = {
  edit: string;
  more: string;
  named?: (label: string) => Record<string, string>;
};

const svg = (attrs: string, body: string) => `<svg ${attrs}>${body}</svg>`;
const MUI_EDIT =
  'M3 17.25V21h3.75L17.81 9.94l-3.75-3.75zM20.71 7.04c.39-.39.39-1.02 0-1.41l-2.34-2.34a.9959.9959 0 0 0-1.41 0l-1.83 1.83 3.75 3.75z';
const MUI_MORE =
  'M12 8c1.1 0 2-.9 2-2s-.9-2-2-2-2 .9-2 2 .9 2 2 2m0 2c-1.1 0-2 .9-2 2s.9 2 2 2 2-.9 2-2-.9-2-2-2m0 6c-1.1 0-2 .9-2 2s.9 2 2 2 2-.9 2-2-.9-2-2-2';
const muiSvg = (id: string, d: string) =>
  svg(
    `class="MuiSvgIcon-root MuiSvgIcon-fontSizeMedium css-i4bv87-MuiSvgIcon-root" focusable="false" aria-hidden="true" viewBox="0 0 24 24" data-testid="${id}"`,
    `<path d="${d}"></path>`,
  );
const ELEMENT_EDIT =
  'M832 512a32 32 0 1 1 64 0v352a32 32 0 0 1-32 32H160a32 32 0 0 1-32-32V160a32 32 0 0 1 32-32h352a32 32 0 0 1 0 64H192v640h640zm-12.800-373.800 60.339 60.339-396.544 396.544-60.352-60.352zM704 115.200 908.800 320';

export const ICON_SETS: Record<string, IconSet> = {
  'mui-svg': { edit: muiSvg('EditIcon', MUI_EDIT), more: muiSvg('MoreVertIcon', MUI_MORE) },
  'material-ligature': {
    edit: '<span class="material-icons notranslate" aria-hidden="true">edit</span>',
    more: '<span class="material-icons notranslate" aria-hidden="true">more_vert</span>',
  },
  antd: {
    edit: '<span role="img" aria-label="edit" class="anticon anticon-edit"><svg viewBox="64 64 896 896" focusable="false" data-icon="edit" width="1em" height="1em" fill="currentColor" aria-hidden="true"><path d="M257.7 752c2 0 4-.2 6-.5L431.9 722c2-.4 3.9-1.3 5.3-2.8l423.9-423.9a9.96 9.96 0 000-14.1L694.9 114.9c-1.9-1.9-4.4-2.9-7.1-2.9s-5.2 1-7.1 2.9L256.8 538.8c-1.5 1.5-2.4 3.3-2.8 5.3l-29.5 168.2a33.5 33.5 0 009.4 29.8c6.6 6.4 14.9 9.9 23.8 9.9z"></path></svg></span>',
    more: '<span role="img" aria-label="more" class="anticon anticon-more"><svg viewBox="64 64 896 896" focusable="false" data-icon="more" width="1em" height="1em" fill="currentColor" aria-hidden="true"><path d="M456 231a56 56 0 10112 0 56 56 0 10-112 0zm0 280a56 56 0 10112 0 56 56 0 10-112 0zm0 280a56 56 0 10112 0 56 56 0 10-112 0z"></path></svg></span>',
  },
  'element-class': { edit: '<i class="el-icon-edit"></i>', more: '<i class="el-icon-more"></i>' },
  'element-plus-bare': {
    edit: `<i class="el-icon" style="--color: inherit;">${svg('xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1024 1024"', `<path fill="currentColor" d="${ELEMENT_EDIT}"></path>`)}</i>`,
    more: `<i class="el-icon">${svg('xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1024 1024"', '<path fill="currentColor" d="M176 416a112 112 0 1 1 0 224 112 112 0 0 1 0-224m336 0a112 112 0 1 1 0 224 112 112 0 0 1 0-224m336 0a112 112 0 1 1 0 224 112 112 0 0 1 0-224"></path>')}</i>`,
  },
  'fa5-svg': {
    edit: svg(
      'aria-hidden="true" focusable="false" data-prefix="fas" data-icon="edit" class="svg-inline--fa fa-edit fa-w-18" role="img" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 576 512"',
      '<path fill="currentColor" d="M402.6 83.2l90.2 90.2c3.8 3.8 3.8 10 0 13.8L274.4 405.6l-92.8 10.3c-12.4 1.4-22.9-9.1-21.5-21.5l10.3-92.8L388.8 83.2c3.8-3.8 10-3.8 13.8 0z"></path>',
    ),
    more: svg(
      'aria-hidden="true" focusable="false" data-prefix="fas" data-icon="ellipsis-v" class="svg-inline--fa fa-ellipsis-v fa-w-6" role="img" viewBox="0 0 192 512"',
      '<path fill="currentColor" d="M96 184c39.8 0 72 32.2 72 72s-32.2 72-72 72-72-32.2-72-72 32.2-72 72-72z"></path>',
    ),
  },
  'fa6-svg': {
    edit: svg(
      'class="svg-inline--fa fa-pen-to-square" aria-hidden="true" focusable="false" data-prefix="fas" data-icon="pen-to-square" role="img" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"',
      '<path fill="currentColor" d="M471.6 21.7c-21.9-21.9-57.3-21.9-79.2 0L362.3 51.7l97.9 97.9 30.1-30.1c21.9-21.9 21.9-57.3 0-79.2L471.6 21.7z"></path>',
    ),
    more: svg(
      'class="svg-inline--fa fa-ellipsis-vertical" aria-hidden="true" data-prefix="fas" data-icon="ellipsis-vertical" role="img" viewBox="0 0 128 512"',
      '<path fill="currentColor" d="M64 360a56 56 0 1 0 0 112 56 56 0 1 0 0-112z"></path>',
    ),
  },
  'fa6-i': {
    edit: '<i class="fa-solid fa-pen" aria-hidden="true"></i>',
    more: '<i class="fa-solid fa-ellipsis-vertical" aria-hidden="true"></i>',
  },
  'bootstrap-tooltip': {
    edit: '<i class="bi bi-pencil-square"></i>',
    more: '<i class="bi bi-three-dots-vertical"></i>',
    // Bootstrap 5 moves `title` into data-bs-original-title once the tooltip is initialised.
    named: (label) => ({
      'data-bs-toggle': 'tooltip',
      'data-bs-original-title': label,
      'aria-describedby': '',
    }),
  },
  tabler: {
    edit: svg(
      'xmlns="http://www.w3.org/2000/svg" class="icon icon-tabler icon-tabler-pencil" width="24" height="24" viewBox="0 0 24 24" stroke-width="2" stroke="currentColor" fill="none" stroke-linecap="round" stroke-linejoin="round"',
      '<path stroke="none" d="M0 0h24v24H0z" fill="none"/><path d="M4 20h4l10.5 -10.5a2.828 2.828 0 1 0 -4 -4l-10.5 10.5v4" /><path d="M13.5 6.5l4 4" />',
    ),
    more: svg(
      'xmlns="http://www.w3.org/2000/svg" class="icon icon-tabler icon-tabler-dots-vertical" width="24" height="24" viewBox="0 0 24 24" stroke-width="2" stroke="currentColor" fill="none"',
      '<path d="M11 12a1 1 0 1 0 2 0a1 1 0 1 0 -2 0" /><path d="M11 19a1 1 0 1 0 2 0a1 1 0 1 0 -2 0" /><path d="M11 5a1 1 0 1 0 2 0a1 1 0 1 0 -2 0" />',
    ),
  },
  lucide: {
    edit: svg(
      'xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" class="lucide lucide-pencil"',
      '<path d="M21.174 6.812a1 1 0 0 0-3.986-3.987L3.842 16.174a2 2 0 0 0-.5.83l-1.321 4.352a.5.5 0 0 0 .623.622l4.353-1.32a2 2 0 0 0 .83-.497z"/><path d="m15 5 4 4"/>',
    ),
    more: svg(
      'xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" class="lucide lucide-ellipsis-vertical"',
      '<circle cx="12" cy="12" r="1"/><circle cx="12" cy="5" r="1"/><circle cx="12" cy="19" r="1"/>',
    ),
  },
  heroicons: {
    edit: svg(
      'xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke-width="1.5" stroke="currentColor" aria-hidden="true" class="size-5"',
      '<path stroke-linecap="round" stroke-linejoin="round" d="m16.862 4.487 1.687-1.688a1.875 1.875 0 1 1 2.652 2.652L10.582 16.07a4.5 4.5 0 0 1-1.897 1.13L6 18l.8-2.685a4.5 4.5 0 0 1 1.13-1.897l8.932-8.931Zm0 0L19.5 7.125M18 14v4.75A2.25 2.25 0 0 1 15.75 21H5.25A2.25 2.25 0 0 1 3 18.75V8.25A2.25 2.25 0 0 1 5.25 6H10" />',
    ),
    more: svg(
      'xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke-width="1.5" stroke="currentColor" aria-hidden="true" class="size-5"',
      '<path stroke-linecap="round" stroke-linejoin="round" d="M12 6.75a.75.75 0 1 1 0-1.5.75.75 0 0 1 0 1.5ZM12 12.75a.75.75 0 1 1 0-1.5.75.75 0 0 1 0 1.5ZM12 18.75a.75.75 0 1 1 0-1.5.75.75 0 0 1 0 1.5Z" />',
    ),
  },
};

export const VENDORAUTO_AXES = {
  list: {
    table: { kind: 'table' },
    'css-grid': { kind: 'css-grid' },
    cards: { kind: 'cards' },
    list: { kind: 'list' },
    'element-fixed-right': { kind: 'element-fixed' },
    'mui-datagrid-pinned': { kind: 'mui-datagrid' },
    'ag-grid-pinned': { kind: 'ag-grid' },
  },
  paging: {
    all: { mode: 'all' },
    'paginated-search': { mode: 'paginated' },
    virtualised: { mode: 'virtual' },
  },
  open: {
    pencil: { via: 'pencil' },
    'row-click': { via: 'row' },
    kebab: { via: 'kebab' },
    // Radix / shadcn DropdownMenu: the trigger opens on pointerdown, a bare click() does nothing.
    'kebab-radix': { via: 'kebab-pointerdown' },
  },
  editIn: {
    modal: { place: 'modal' },
    drawer: { place: 'drawer' },
    inline: { place: 'inline' },
    'route-page': { place: 'page' },
  },
  icons: Object.fromEntries(Object.entries(ICON_SETS).map(([k, set]) => [k, { set }])),
  editName: { none: { by: 'none' }, 'aria-label': { by: 'aria-label' }, title: { by: 'title' } },
  secretLabel: {
    label: { by: 'label' },
    legend: { by: 'legend' },
    'placeholder-only': { by: 'placeholder' },
  },
  secretAccess: {
    open: { via: 'open' },
    pencil: { via: 'pencil' },
    'change-link': { via: 'change' },
    'eye-toggle': { via: 'eye' },
  },
  input: {
    'react-tracker': { model: 'react' },
    'vue-v-model': { model: 'vue' },
    'angular-forms': { model: 'angular' },
  },
  sure: {
    none: { via: 'none' },
    modal: { via: 'modal' },
    popconfirm: { via: 'popconfirm' },
    'native-confirm': { via: 'native' },
  },
  match: {
    exact: { twin: false, short: false, absent: false },
    'near-twin': { twin: true, short: false, absent: false },
    shortened: { twin: false, short: true, absent: false },
    'no-match': { twin: false, short: false, absent: true },
  },
  timing: {
    immediate: { delay: 0, remount: false },
    late: { delay: 900, remount: false },
    remount: { delay: 100, remount: true },
  },
  count: {
    '1': { instances: 1 },
    '6': { instances: 6 },
    '40': { instances: 40 },
    '400': { instances: 400 },
  },
} as const;

export type AxisSpace = Record<string, Record<string, unknown>>;
/** Axis name -> value names, for the generator and the report. */
export const axisValues = (space: AxisSpace) =>
  Object.fromEntries(Object.entries(space).map(([axis, values]) => [axis, Object.keys(values)]));
