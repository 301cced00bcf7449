/** The console pages on which a rotation is walked through with the ordinary clicks, shared by model and e2e tests. */
import { type ConsoleLabels, ENGLISH, FRENCH, GERMAN } from './flows';
import { URLS } from './sites';

export type RotationScenario = {
  fixture: string;
  url: string;
  /** The app whose secret is rotated. */
  app: string;
  labels: ConsoleLabels;
  /** The new secret appears hidden: the user clicks Show once more. */
  masked: boolean;
};

export const ROTATION_SCENARIOS: readonly RotationScenario[] = [
  {
    fixture: 'amazon/seller-central-us.html',
    url: URLS.sellerCentralUs,
    app: 'Northwind Inventory Sync',
    labels: ENGLISH,
    masked: false,
  },
  {
    fixture: 'amazon/seller-central-de.html',
    url: URLS.sellerCentralDe,
    app: 'Lagerbestand-Abgleich',
    labels: GERMAN,
    masked: true,
  },
  {
    fixture: 'amazon/vendor-central-react.html',
    url: URLS.vendorCentral,
    app: 'VendorAuto Connector',
    labels: ENGLISH,
    masked: false,
  },
  // The app with a legacy (unprefixed) secret.
  {
    fixture: 'amazon/many-apps.html',
    url: URLS.sellerCentralUs,
    app: 'Returns Reconciler',
    labels: ENGLISH,
    masked: false,
  },
  {
    fixture: 'amazon/vendor-central-api-integration-enabled.html',
    url: URLS.vendorCentral,
    app: 'Acme Vendor Feed',
    labels: ENGLISH,
    masked: false,
  },
  // Native <dialog>s, and a masked password field that holds the real (old) secret.
  {
    fixture: 'amazon/vendor-central-fr-dialog.html',
    url: 'https://vendorcentral.amazon.fr/sellingpartner/developerconsole',
    app: 'Connecteur Commandes Fournisseur',
    labels: FRENCH,
    masked: false,
  },
];
