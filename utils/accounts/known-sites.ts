/**
 * Well-known services people use two-factor codes with, and the registrable domains they sign in on. Written
 * for Tessera: an imported account's issuer is looked up here to suggest the site it fills on, which the person
 * confirms (import preview) before anything is bound. Each entry: the names an issuer may carry (compared after
 * `issuerKey`), then the domains. Only sign-in domains belong here; a service's mail domain (gmail.com) does not.
 */
const ENTRIES: readonly (readonly [names: readonly string[], domains: readonly string[]])[] = [
  [['google', 'gmail', 'youtube', 'googleworkspace', 'gsuite', 'firebase', 'fitbit'], ['google.com']],
  [['github'], ['github.com']],
  [
    ['microsoft', 'outlook', 'hotmail', 'live', 'office365', 'microsoft365', 'azure', 'skype', 'nuget'],
    ['microsoft.com', 'live.com', 'microsoftonline.com'],
  ],
  [['xbox'], ['xbox.com', 'live.com', 'microsoft.com']],
  [['amazon', 'amazonwebservices', 'aws', 'awsiam', 'amazonseller', 'sellercentral'], ['amazon.com']],
  [['apple', 'appleid', 'icloud'], ['apple.com']],
  [['facebook', 'meta', 'metaplatforms', 'oculus'], ['facebook.com']],
  [['instagram'], ['instagram.com']],
  [['whatsapp'], ['whatsapp.com']],
  [
    ['twitter', 'x', 'xcorp'],
    ['x.com', 'twitter.com'],
  ],
  [['discord', 'discordapp'], ['discord.com']],
  [['dropbox'], ['dropbox.com']],
  [['slack'], ['slack.com']],
  [['gitlab'], ['gitlab.com']],
  [['bitbucket'], ['bitbucket.org']],
  [
    ['atlassian', 'jira', 'confluence', 'trello'],
    ['atlassian.com', 'trello.com'],
  ],
  [['cloudflare'], ['cloudflare.com']],
  [['digitalocean'], ['digitalocean.com']],
  [['heroku'], ['heroku.com']],
  [['npm', 'npmjs'], ['npmjs.com']],
  [['pypi', 'pythonpackageindex'], ['pypi.org']],
  [['rubygems'], ['rubygems.org']],
  [['packagist'], ['packagist.org']],
  [['dockerhub', 'docker'], ['docker.com']],
  [['quay'], ['quay.io']],
  [['reddit'], ['reddit.com']],
  [['twitch'], ['twitch.tv']],
  [
    ['steam', 'valve', 'steampowered', 'steamcommunity'],
    ['steampowered.com', 'steamcommunity.com'],
  ],
  [['epicgames', 'epic'], ['epicgames.com']],
  [['gog', 'gogcom'], ['gog.com']],
  [
    ['battlenet', 'blizzard', 'blizzardentertainment'],
    ['battle.net', 'blizzard.com'],
  ],
  [['riotgames', 'riot'], ['riotgames.com']],
  [['roblox'], ['roblox.com']],
  [['nintendo'], ['nintendo.com']],
  [
    ['playstation', 'playstationnetwork', 'psn', 'sony', 'sonyentertainmentnetwork'],
    ['sony.com', 'playstation.com'],
  ],
  [['ubisoft', 'uplay'], ['ubisoft.com']],
  [['ea', 'electronicarts', 'origin'], ['ea.com']],
  [['humblebundle'], ['humblebundle.com']],
  [['itchio'], ['itch.io']],
  [['coinbase'], ['coinbase.com']],
  [['binance'], ['binance.com']],
  [['kraken'], ['kraken.com']],
  [['gemini'], ['gemini.com']],
  [['bitstamp'], ['bitstamp.net']],
  [['bitfinex'], ['bitfinex.com']],
  [['kucoin'], ['kucoin.com']],
  [['okx', 'okex'], ['okx.com']],
  [['bybit'], ['bybit.com']],
  [['cryptocom'], ['crypto.com']],
  [['gateio'], ['gate.io']],
  [['blockchaincom', 'blockchain'], ['blockchain.com']],
  [['bitpanda'], ['bitpanda.com']],
  [['bitvavo'], ['bitvavo.com']],
  [['uphold'], ['uphold.com']],
  [['nexo'], ['nexo.com']],
  [['ledger'], ['ledger.com']],
  [['paypal'], ['paypal.com']],
  [['venmo'], ['venmo.com']],
  [['stripe'], ['stripe.com']],
  [['square', 'squareup'], ['squareup.com']],
  [['shopify'], ['shopify.com']],
  [['wise', 'transferwise'], ['wise.com']],
  [['revolut'], ['revolut.com']],
  [['n26'], ['n26.com']],
  [['monzo'], ['monzo.com']],
  [['payoneer'], ['payoneer.com']],
  [['skrill'], ['skrill.com']],
  [['robinhood'], ['robinhood.com']],
  [['interactivebrokers', 'ibkr'], ['interactivebrokers.com']],
  [['fidelity', 'fidelityinvestments'], ['fidelity.com']],
  [['vanguard'], ['vanguard.com']],
  [['schwab', 'charlesschwab'], ['schwab.com']],
  [['etrade'], ['etrade.com']],
  [
    ['proton', 'protonmail', 'protonvpn', 'protonpass'],
    ['proton.me', 'protonmail.com'],
  ],
  [
    ['tutanota', 'tuta'],
    ['tuta.com', 'tutanota.com'],
  ],
  [['fastmail'], ['fastmail.com']],
  [['zoho'], ['zoho.com']],
  [
    ['yahoo', 'yahoomail', 'aol'],
    ['yahoo.com', 'aol.com'],
  ],
  [['gmx'], ['gmx.net', 'gmx.com']],
  [['mailbox', 'mailboxorg'], ['mailbox.org']],
  [['okta'], ['okta.com']],
  [['auth0'], ['auth0.com']],
  [['onelogin'], ['onelogin.com']],
  [['jumpcloud'], ['jumpcloud.com']],
  [['duo', 'duosecurity'], ['duosecurity.com']],
  [['1password', 'onepassword', 'agilebits'], ['1password.com']],
  [['bitwarden'], ['bitwarden.com']],
  [['lastpass'], ['lastpass.com']],
  [['dashlane'], ['dashlane.com']],
  [['keeper', 'keepersecurity'], ['keepersecurity.com']],
  [['nordpass', 'nordvpn', 'nordaccount', 'nordsecurity'], ['nordaccount.com']],
  [['expressvpn'], ['expressvpn.com']],
  [['surfshark'], ['surfshark.com']],
  [['tailscale'], ['tailscale.com']],
  [['namecheap'], ['namecheap.com']],
  [['godaddy'], ['godaddy.com']],
  [['porkbun'], ['porkbun.com']],
  [['gandi', 'gandinet'], ['gandi.net']],
  [['hover'], ['hover.com']],
  [['dynadot'], ['dynadot.com']],
  [['namecom'], ['name.com']],
  [['ionos', '1and1', '1und1'], ['ionos.com']],
  [['hostinger'], ['hostinger.com']],
  [['bluehost'], ['bluehost.com']],
  [
    ['ovh', 'ovhcloud'],
    ['ovh.com', 'ovhcloud.com'],
  ],
  [['hetzner', 'hetznercloud', 'hetznerrobot'], ['hetzner.com']],
  [['linode', 'akamai'], ['linode.com']],
  [['vultr'], ['vultr.com']],
  [['scaleway'], ['scaleway.com']],
  [['oracle', 'oraclecloud'], ['oracle.com']],
  [['ibm', 'ibmcloud'], ['ibm.com']],
  [['alibabacloud', 'aliyun'], ['alibabacloud.com']],
  [['backblaze'], ['backblaze.com']],
  [['vercel'], ['vercel.com']],
  [['netlify'], ['netlify.com']],
  [['render'], ['render.com']],
  [['flyio', 'fly'], ['fly.io']],
  [['supabase'], ['supabase.com']],
  [['mongodb', 'mongodbatlas'], ['mongodb.com']],
  [['sentry'], ['sentry.io']],
  [['datadog'], ['datadoghq.com']],
  [['newrelic'], ['newrelic.com']],
  [['pagerduty'], ['pagerduty.com']],
  [['circleci'], ['circleci.com']],
  [['travisci'], ['travis-ci.com']],
  [['hashicorp', 'terraformcloud'], ['hashicorp.com']],
  [['jetbrains'], ['jetbrains.com']],
  [['huggingface'], ['huggingface.co']],
  [
    ['openai', 'chatgpt'],
    ['openai.com', 'chatgpt.com'],
  ],
  [['kaggle'], ['kaggle.com']],
  [['twilio', 'authy'], ['twilio.com']],
  [['sendgrid'], ['sendgrid.com']],
  [['mailchimp', 'intuitmailchimp'], ['mailchimp.com']],
  [['mailgun'], ['mailgun.com']],
  [['linkedin'], ['linkedin.com']],
  [['adobe'], ['adobe.com']],
  [['salesforce'], ['salesforce.com']],
  [['hubspot'], ['hubspot.com']],
  [['zendesk'], ['zendesk.com']],
  [['intercom'], ['intercom.com']],
  [['freshworks', 'freshdesk'], ['freshworks.com']],
  [['zoom', 'zoomus'], ['zoom.us']],
  [['notion'], ['notion.so']],
  [['figma'], ['figma.com']],
  [['asana'], ['asana.com']],
  [['evernote'], ['evernote.com']],
  [['box'], ['box.com']],
  [['mega', 'meganz'], ['mega.nz']],
  [['pcloud'], ['pcloud.com']],
  [['miro'], ['miro.com']],
  [['canva'], ['canva.com']],
  [['airtable'], ['airtable.com']],
  [['zapier'], ['zapier.com']],
  [['ifttt'], ['ifttt.com']],
  [['docusign'], ['docusign.com']],
  [['intuit', 'quickbooks', 'turbotax'], ['intuit.com']],
  [['xero'], ['xero.com']],
  [['gusto'], ['gusto.com']],
  [['wordpress', 'wordpresscom', 'automattic'], ['wordpress.com']],
  [['tumblr'], ['tumblr.com']],
  [['medium'], ['medium.com']],
  [['substack'], ['substack.com']],
  [['squarespace'], ['squarespace.com']],
  [['wix'], ['wix.com']],
  [['webflow'], ['webflow.com']],
  [['patreon'], ['patreon.com']],
  [['kickstarter'], ['kickstarter.com']],
  [['etsy'], ['etsy.com']],
  [['ebay'], ['ebay.com']],
  [['snapchat'], ['snapchat.com']],
  [['pinterest'], ['pinterest.com']],
  [['tiktok'], ['tiktok.com']],
  [['bluesky', 'bsky'], ['bsky.app']],
  [
    ['mozilla', 'firefox', 'firefoxaccounts', 'mozillaaccounts'],
    ['firefox.com', 'mozilla.org'],
  ],
  [
    ['wikipedia', 'wikimedia'],
    ['wikipedia.org', 'wikimedia.org'],
  ],
  [['uber'], ['uber.com']],
  [['airbnb'], ['airbnb.com']],
  [['booking', 'bookingcom'], ['booking.com']],
  [['nvidia'], ['nvidia.com']],
  [['samsung', 'samsungaccount'], ['samsung.com']],
  [['plex'], ['plex.tv']],
  [['kagi'], ['kagi.com']],
  [['hackerone'], ['hackerone.com']],
  [['bugcrowd'], ['bugcrowd.com']],
  [['codeberg'], ['codeberg.org']],
  [['sourceforge'], ['sourceforge.net']],
  [['bitly'], ['bitly.com']],
];

// Words a company name or an app's issuer field carries besides the name itself ("GitHub, Inc.", "Google LLC").
const NOISE =
  /\b(inc|incorporated|llc|ltd|limited|corp|corporation|co|company|gmbh|ag|sa|plc|bv|oy|ab|account|accounts|login|signin|2fa|mfa)\b/g;
// A trailing top-level domain, so "github.com" and "GitHub" are the same issuer.
const TLD = /\.(com|net|org|io|co|me|app|tv|us|so|de|uk|nz)$/;

/** An issuer reduced to what names the service: lower case, no accents, punctuation, company suffix or ".com". */
export function issuerKey(issuer: string, keepDomain = false): string {
  const plain = issuer
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
  return (keepDomain ? plain : plain.replace(TLD, ''))
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(NOISE, ' ')
    .replace(/\s+/g, '');
}

const BY_KEY: ReadonlyMap<string, readonly string[]> = new Map(ENTRIES.flatMap(([names, domains]) => names.map((name) => [name, domains])));

/** How many services the table knows (tests and the README quote it). */
export const KNOWN_SERVICE_COUNT = ENTRIES.length;

/**
 * The sign-in sites suggested for an account, from its issuer (or, when there is none, the service name before
 * the label's colon, "GitHub:alice"). Never the e-mail domain in the label: alice@gmail.com signs in elsewhere.
 * Empty when the service is not in the table: such an account is bound on first use instead.
 */
export function suggestedSites(issuer: string, label = ''): string[] {
  const name = issuer.trim() || (label.includes(':') ? label.slice(0, label.indexOf(':')) : '');
  if (!name) return [];
  // "Crypto.com" and "Fly.io" are the name itself; "github.com" is GitHub.
  return [...(BY_KEY.get(issuerKey(name, true)) ?? BY_KEY.get(issuerKey(name)) ?? [])];
}
