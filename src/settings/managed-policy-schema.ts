import { z } from 'zod';

/**
 * What an administrator can push through enterprise policy (Chrome/Edge managed storage,
 * Firefox `policies.json` → `3rdparty.Extensions`). Chrome validates policy against the
 * schema in `public/managed-schema.json`, generated from `managedPolicySchema`; its schema
 * language knows only plain objects, arrays, strings, integers and booleans, so packs travel
 * as JSON text or as URLs.
 */

export const managedPolicySchema = z
  .object({
    packs: z
      .array(z.string())
      .optional()
      .meta({ title: 'Rule packs', description: 'Rule packs as JSON text, each one a whole pack file. They lie above the built-in rules and below team packs and personal settings.' }),
    packUrls: z
      .array(z.string())
      .optional()
      .meta({ title: 'Rule pack URLs', description: 'https:// addresses of rule packs, fetched and refreshed on a schedule; the last good version stays in use when a refresh fails.' }),
    lockedRules: z
      .array(z.string())
      .optional()
      .meta({ title: 'Locked rules', description: 'Rule ids that team packs and users may not turn off, lower or reconfigure.' }),
    allowedSites: z
      .array(z.string())
      .optional()
      .meta({ title: 'Additional sites', description: 'Origins such as https://mail.example.com where Netiquette also runs; users cannot switch it off there.' }),
    allowSendAnyway: z
      .boolean()
      .optional()
      .meta({ title: 'Allow "send anyway"', description: 'Whether the send guard offers "send anyway" for an angry draft.' }),
    refreshIntervalMinutes: z
      .int()
      .min(15)
      .max(10080)
      .optional()
      .meta({ title: 'Pack refresh interval', description: 'Minutes between refreshes of packs fetched from a URL (default 60).' }),
  })
  .meta({ title: 'Netiquette policy', description: 'Settings an administrator pushes to every Netiquette installation.' });
