import type { SeverityOrOff } from '../core/types.ts';
import type { LayerSource, Origin } from '../packs/resolve.ts';
import { MANAGED_POLICY_PACK_ID } from '../settings/managed.ts';
import { t } from './i18n.ts';

export function sourceName(source: LayerSource): string {
  switch (source) {
    case 'builtin':
      return t('optionsSourceBuiltin');
    case 'managed':
      return t('optionsSourceManaged');
    case 'team':
      return t('optionsSourceTeam');
    case 'personal':
      return t('optionsSourcePersonal');
  }
}

/** "Team pack: acme-support (https://…/acme.json)": which layer and pack, and where the pack came from. */
export function describeOrigin(origin: Origin): string {
  if (origin.source === 'personal') return sourceName('personal');
  if (origin.source === 'managed' && origin.packId === MANAGED_POLICY_PACK_ID) return t('optionsOrganizationPolicy');
  return `${sourceName(origin.source)}: ${origin.packId}${origin.label ? ` (${origin.label})` : ''}`;
}

export function severityName(severity: SeverityOrOff): string {
  switch (severity) {
    case 'off':
      return t('optionsSeverityOff');
    case 'info':
      return t('optionsSeverityInfo');
    case 'warning':
      return t('optionsSeverityWarning');
    case 'error':
      return t('optionsSeverityError');
  }
}
