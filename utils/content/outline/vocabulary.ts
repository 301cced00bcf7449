/**
 * The words an outline may keep verbatim. Everything else a page shows becomes a shape, so
 * this list is the whole of what a layout report can say in words: UI words of the two sites
 * (the site modules' vocabularies, spelled out as whole words) and the deadline words the
 * parser reads, in the languages Amazon localizes the console to. No word here can be part
 * of a person's, company's or app's name on its own in a way that identifies it.
 */

/** Whole words, lowercase. A run of other words becomes one `<text:N>`. */
const WORDS = `
view show hide reveal rotate secret client id app apps lwa credentials credential
cancel confirm save edit delete close back yes no ok done continue update replace apply submit
instance instances name marketplace status active paused expired expires expire expiring expiry
in days day by before until left remaining deadline due rotation on of the a an and or for to
new current changes change saved updated sure are you add copy sync refresh search settings
required invalid error warning alert info success loading saving updating
is not valid password field value label link keep discard dismiss next previous more less than
within hours today tomorrow ago
ansehen anzeigen ausblenden geheimnis rotieren abbrechen schließen bestätigen speichern
bearbeiten anmeldedaten kennung bis tagen tag läuft ab abgelaufen erforderlich noch in der die das
afficher montrer masquer renouveler annuler fermer confirmer enregistrer modifier identifiant
secrète dans jours jour avant expire expiré le la les du de des
visualizza mostra nascondi ruota annulla chiudi conferma salva modifica giorni giorno entro scade
ver mostrar ocultar rotar cancelar cerrar confirmar guardar editar días día antes caduca
表示 表示する 非表示 キャンセル 閉じる 確認 保存 編集 シークレット クライアント 日 日間 あと 期限 まで
ローテーション 切れ 失効 更新 残り 本日 今日 明日 以内 未満 新しい アプリ 追加 認証情報 期日 有効期限
less than fewer under within next expiring renew rotated valid
weniger als innerhalb binnen nächsten verbleibend verbleibende erneuern gültig frist fällig neuen
hinzufügen rotation ablauf
ajouter un une nouveau nouvelle application applications d l moins prochains renouvelé expirera
valable restant restants identifiants
nuovo nuova meno di prossimi scadenza rinnovare rimanenti aggiungi applicazione
nuevo nueva cliente aplicación menos los próximos en dentro quedan vence renovar restantes agregar
sellingpartner developerconsole dashboard integration
edit_note content_copy visibility visibility_off more_vert delete_outline
`
  .trim()
  .split(/\s+/);

export const OUTLINE_WORDS: ReadonlySet<string> = new Set(WORDS);

/** Words of scripts written without spaces (Japanese), longest first: found inside a run of text. */
export const UNSPACED_WORDS: readonly string[] = WORDS.filter((word) =>
  /[^\p{Script=Latin}]/u.test(word),
).sort((a, b) => b.length - a.length);

/** Icon names a `data-icon`, `data-testid`, kat-icon `name` or `<use href="#…">` may keep. */
export const ICON_NAMES: ReadonlySet<string> = new Set(
  `edit pencil delete trash warning info danger success error alert close copy sync eye show
  hide visibility check plus add more menu search settings refresh icon square outline
  exclamation triangle circle caution key lock`.split(/\s+/),
);

/** Class-name and identifier parts of UI kits (Katal, Element, Angular Material, Bootstrap, icon fonts). */
export const KIT_WORDS: ReadonlySet<string> = new Set(
  `el kat mat mdc cdk ng va fa fas far bi material icons icon btn button link primary secondary
  tertiary table fixed right left row cell col header head body footer modal dialog drawer overlay
  container pane backdrop form field input label text hint card title content actions chip list
  item alert warning danger info success toast snack bar tooltip badge tab tabs nav sidebar menu
  active disabled hidden visible open close show mask masked value copy sync edit pencil delete
  trash secret client id instance instances status page main section panel wrapper inner outer
  spinner loading progress skeleton surface ripple focus indicator small large sm md lg flex grid
  suffix prefix outline outlined square fill filled flat raised stroked wrapper group start end
  top bottom center subtitle base action action-bar code mono muted empty`.split(/\s+/),
);

/** Attribute values kept as they are: ARIA roles, states and input types. */
export const ENUM_VALUES: ReadonlySet<string> = new Set(
  `true false mixed undefined dialog alertdialog alert status log tooltip table grid row rowgroup
  cell gridcell columnheader rowheader button link img presentation none list listitem menu
  menuitem tab tablist tabpanel region navigation main banner complementary form group textbox
  checkbox radio switch progressbar heading article separator toolbar search polite assertive off
  page step location date time text password email number tel url hidden submit reset search
  primary secondary tertiary link danger warning info success small large horizontal vertical
  ltr rtl auto on readonly modal`.split(/\s+/),
);
