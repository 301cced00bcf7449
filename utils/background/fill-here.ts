/**
 * "Fill the new LWA secret here": the VendorAuto field the user right-clicked receives the
 * waiting secret whose Client ID its form shows (or the only one waiting), through the same
 * hand-off as the automatic path.
 */
import { i18n } from '#i18n';
import { originOf } from '../core/hosts';
import { type CommandResult, fieldContextSchema } from '../core/messages';
import { isLive } from '../core/rotation';
import { rotationsItem } from '../core/storage';
import { exclusive } from './exclusive';
import { fillInVendorAuto } from './handoff';
import { sendToTab } from './tab-messages';
import { isVendorAutoOrigin } from './vendorauto-origins';

export async function fillHere(tabId: number, url: string | undefined): Promise<CommandResult> {
  const origin = originOf(url);
  if (!origin || !(await isVendorAutoOrigin(origin)))
    return { ok: false, message: i18n.t('background.fillHere.vendorAutoOnly') };
  const context = await sendToTab(
    { tabId },
    { type: 'vendorauto/field-context' },
    fieldContextSchema,
  );
  if (!context?.fillable)
    return { ok: false, message: i18n.t('background.fillHere.editableField') };
  const live = await exclusive(async () =>
    Object.values(await rotationsItem.getValue()).filter((r) => isLive(r, Date.now())),
  );
  // The form's own Client ID picks the rotation; with none shown, only a single waiting secret may go.
  const shown = context.clientIds;
  const candidates = shown.length > 0 ? live.filter((r) => shown.includes(r.clientId)) : live;
  if (candidates.length === 0)
    return {
      ok: false,
      message: i18n.t('background.fillHere.nothingWaits'),
    };
  if (candidates.length > 1)
    return {
      ok: false,
      message: i18n.t('background.fillHere.several'),
    };
  const [rotation] = candidates;
  return rotation
    ? fillInVendorAuto(rotation.id, tabId, 'context-field')
    : { ok: false, message: i18n.t('background.fillHere.nothing') };
}
