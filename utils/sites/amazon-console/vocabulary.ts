/**
 * The words of Amazon's Developer Console that the page model leans on, in every UI language
 * Amazon localizes it to (research/amazon-developer-console.md, "Labels seen"; the console is
 * localized in EU and FE marketplaces). Words are a second line of evidence: values (Client ID
 * and secret formats) and structure (dialogs, rows, the "LWA" column) come first.
 */

/** "Rotate secret" — the opener and, with the same label, the confirm in the warning dialog. */
export const ROTATE_WORDS =
  /rotat|rotier|roteren|pivoter|renouvel|régénér|regener|ruota|rotar|rotaci|ローテーション|ローテート|再生成/i;

/** Closing a dialog without acting: never a confirm. */
export const CANCEL_WORDS =
  /^(?:cancel|abbrechen|annuler|annulla|cancelar|キャンセル|close|schließen|schliessen|fermer|chiudi|cerrar|閉じる|back|zurück|retour|indietro|volver|戻る|no|nein|non|×|✕|x)$/i;

/** The label of the client secret, for trusting a legacy (unprefixed) 64-hex value. */
export const SECRET_LABEL_WORDS = /secret|geheim|secrète|secreto|segreto|シークレット|機密/i;

/** "Add new app client" on Vendor Central's API Integration page. */
export const ADD_APP_CLIENT_WORDS =
  /add new app client|new app client|neuen app-client|app-client hinzufügen|nouveau client d'application|ajouter un client|nuovo client|nuevo cliente de aplicación|新しいアプリクライアント/i;

/** Names Katal and icon sets give a warning glyph. */
export const WARNING_ICON_WORDS =
  /warn|alert|exclam|caution|error|danger|achtung|avertissement|avviso|advertencia|警告/i;

/** Page-level notices about LWA expiry mention the acronym in every language. */
export const LWA_WORD = /\bLWA\b/;

/** Where an App ID shows; look-alikes of the client ID that must never be taken for it. */
export const APP_ID_IN_TEXT =
  /amzn1\.(?:sp\.solution|sellerapps\.app)\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** "Show" that reveals a masked secret (Dutch too: amazon.nl sellers use the EU console). */
export const SHOW_WORDS =
  /^(?:show|reveal|anzeigen|einblenden|zeigen|afficher|montrer|mostra|mostrar|tonen|weergeven|表示)/i;

/** "Copy": where a console shows the new secret only through its Copy button. */
export const COPY_WORDS =
  /^(?:copy|kopieren|copier|copia|copiar|kopiëren|コピー)|copy to clipboard|in die zwischenablage|presse-papiers/i;

/** A failed request ("Something went wrong"): after a confirm it means the secret did not change. */
export const ERROR_WORDS =
  /error|went wrong|failed|unable|try again|fehler|fehlgeschlagen|erreur|échec|errore|non riuscit|error|fall[oó]|エラー|失敗|mislukt|fout|błąd|nie udało|hata|fel/i;
