import { decodeBase64 } from '../text';
import { hasValidNkeySeedChecksum } from '../checksums';
import { bare, eachSecret, prefixed } from './define';
import type { Rule } from '../types';

const SLACK_APPS = 'https://api.slack.com/apps';

/**
 * Slack token kinds: id, title, prefix, body, env var, source. Provider docs: api.slack.com
 * "Token types", "Configuration tokens", tooling.tokens.rotate and the token-rotation guide.
 */
const SLACK: [string, string, string | string[], string, string, string][] = [
  // Older bot tokens carry one numeric id before the secret, current ones two.
  ['slack-bot-token', 'Slack bot token', 'xoxb-', '[0-9]{8,14}-(?:[0-9]{8,14}-)?[A-Za-z0-9]{20,40}', 'SLACK_BOT_TOKEN',
    'provider docs: Slack token types (xoxb- + numeric ids + secret); the single-id legacy form is observed'],
  // Tokens from before 2016-08-19 have a short secret, newer ones 32 characters (Slack docs).
  // (Copies written with two numeric ids, as the bot token's legacy form has one, are read too.)
  ['slack-user-token', 'Slack user token', 'xoxp-', '[0-9]{8,14}-[0-9]{8,14}-(?:[0-9]{8,14}-)?[A-Za-z0-9]{10,34}', 'SLACK_USER_TOKEN',
    'provider docs: Slack token types (xoxp- + numeric ids + secret; short secret before 2016-08-19); the two-id form is observed'],
  ['slack-app-token', 'Slack app-level token', 'xapp-', '[0-9]-[A-Z0-9]{9,12}-[0-9]{10,14}-[a-z0-9]{64}', 'SLACK_APP_TOKEN',
    'provider docs: Slack token types (xapp- app-level tokens); segment lengths observed'],
  ['slack-config-token', 'Slack configuration / rotating access token', ['xoxe.xoxp-', 'xoxe.xoxb-'], '[0-9]-[A-Za-z0-9_-]{60,300}', 'SLACK_CONFIG_TOKEN',
    'provider docs: Slack configuration tokens (xoxe.xoxp-) and token rotation (expiring xoxe.xoxb-/xoxe.xoxp- access tokens)'],
  ['slack-refresh-token', 'Slack refresh token', 'xoxe-', '[0-9]-[A-Za-z0-9_-]{60,300}', 'SLACK_REFRESH_TOKEN',
    'provider docs: Slack token rotation and tooling.tokens.rotate (refresh tokens begin xoxe-1-)'],
  ['slack-legacy-token', 'Slack legacy token', ['xoxa-', 'xoxr-', 'xoxs-', 'xoxo-'], '[0-9]{1,14}-[A-Za-z0-9-]{10,200}', 'SLACK_TOKEN',
    'provider docs mention legacy workspace-app tokens (xoxa-); xoxr-/xoxs-/xoxo- are observed (third-party reports)'],
  ['slack-session-token', 'Slack browser session token', 'xoxc-', '[0-9]{8,14}-[0-9]{8,14}-[0-9]{8,14}-[a-f0-9]{64}', 'SLACK_SESSION_TOKEN',
    'third-party reports only (browser clients): xoxc- session tokens, used with the d cookie (xoxd-)'],
];

/** A Discord bot token's first part is the bot's user id (a numeric snowflake) in base64. */
function isDiscordBotToken(value: string): boolean {
  const id = decodeBase64(value.slice(0, value.indexOf('.')));
  return !!id && /^[1-9][0-9]{16,19}$/.test(id);
}

export const messagingRules: Rule[] = [
  ...SLACK.map(([id, title, prefix, body, envVar, source]) => prefixed({
    id, provider: 'Slack', title, prefix, body, envVar, rotateUrl: SLACK_APPS, source,
    description: `${title} (${[prefix].flat().join(', ')}…).`,
  })),
  prefixed({
    id: 'slack-session-cookie', provider: 'Slack', title: 'Slack session cookie (d)',
    // The `d` cookie value, URL-encoded base64: with an xoxc- token it is a logged-in session.
    prefix: 'xoxd-', body: '[A-Za-z0-9%/+=]{40,400}', tokenChars: 'A-Za-z0-9_%/+=-',
    source: 'third-party reports only (browser clients): the d cookie that pairs with xoxc- tokens',
    envVar: 'SLACK_D_COOKIE', rotateUrl: SLACK_APPS,
    description: 'Slack d session cookie (xoxd-…): with an xoxc- token, a signed-in browser session.',
  }),
  {
    id: 'feishu-webhook-url', provider: 'Feishu', title: 'Feishu / Lark bot webhook URL',
    source: 'provider docs: Feishu and Lark "Custom bot usage guide" (open.feishu.cn|open.larksuite.com/open-apis/bot/v2/hook/<id>)',
    keywords: ['/open-apis/bot/v2/hook/'],
    pattern: /https:\/\/open\.(?:feishu\.cn|larksuite\.com)\/open-apis\/bot\/v2\/hook\/(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/,
    confidence: 'provider', severity: 'error',
    envVar: 'FEISHU_WEBHOOK_URL', rotateUrl: 'https://open.feishu.cn/document/client-docs/bot-v3/add-custom-bot',
    description: 'A Feishu or Lark custom bot webhook: anyone holding it posts to the group (unless the bot also checks a signature).',
  },
  {
    id: 'dingtalk-webhook-url', provider: 'DingTalk', title: 'DingTalk robot webhook URL',
    source: 'provider docs: DingTalk custom robot (oapi.dingtalk.com/robot/send?access_token=<64 hex>)',
    keywords: ['oapi.dingtalk.com/robot/send'],
    pattern: /oapi\.dingtalk\.com\/robot\/send\?(?:[\w=&-]{0,100}&)?access_token=(?<secret>[0-9a-f]{64})/,
    confidence: 'provider', severity: 'error',
    envVar: 'DINGTALK_WEBHOOK_URL', rotateUrl: 'https://open.dingtalk.com/document/robots/custom-robot-access',
    description: 'A DingTalk custom robot webhook token: anyone holding it posts to the group.',
  },
  {
    id: 'wecom-webhook-url', provider: 'WeCom', title: 'WeCom group robot webhook URL',
    source: 'provider docs: WeCom (WeChat Work) group robot (qyapi.weixin.qq.com/cgi-bin/webhook/send?key=<uuid>)',
    keywords: ['qyapi.weixin.qq.com/cgi-bin/webhook/'],
    pattern: /qyapi\.weixin\.qq\.com\/cgi-bin\/webhook\/send\?(?:[\w=&-]{0,100}&)?key=(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/,
    confidence: 'provider', severity: 'error',
    envVar: 'WECOM_WEBHOOK_URL', rotateUrl: 'https://developer.work.weixin.qq.com/document/path/91770',
    description: 'A WeCom group robot webhook key: anyone holding it posts to the group.',
  },
  {
    id: 'google-chat-webhook-url', provider: 'Google', title: 'Google Chat incoming webhook URL',
    source: 'provider docs: Google Chat "Build a Google Chat app as a webhook" (chat.googleapis.com/v1/spaces/<space>/messages?key=…&token=…)',
    keywords: ['chat.googleapis.com/v1/spaces/'],
    // The `key` is a public API key; the `token` is the webhook's secret.
    pattern: /chat\.googleapis\.com\/v1\/spaces\/[\w-]{6,40}\/messages\?(?:[\w%=.-]{0,200}&(?:amp;)?)?token=(?<secret>[A-Za-z0-9_%-]{30,120})/,
    confidence: 'provider', severity: 'error',
    envVar: 'GOOGLE_CHAT_WEBHOOK_URL', rotateUrl: 'https://developers.google.com/workspace/chat/quickstart/webhooks',
    description: 'A Google Chat incoming webhook\'s token: anyone holding the URL posts to the space.',
  },
  {
    id: 'mattermost-webhook-url', provider: 'Mattermost', title: 'Mattermost incoming webhook URL',
    source: 'provider docs: Mattermost "Incoming webhooks" (https://<server>/hooks/<id>; ids are 26 lower-case letters and digits)',
    keywords: ['/hooks/'],
    pattern: /https?:\/\/[\w.-]{1,200}(?::\d{1,5})?\/hooks\/(?<secret>[a-z0-9]{26})(?![A-Za-z0-9_/-])/,
    // Random ids mix letters and digits; a path word (`/hooks/installationrepositories`) does not.
    validate: value => /[0-9]/.test(value) && /[a-z]/.test(value) && !/(?:slack|discord|gitlab|github)\b/.test(value),
    confidence: 'provider', severity: 'error',
    envVar: 'MATTERMOST_WEBHOOK_URL', rotateUrl: 'https://developers.mattermost.com/integrate/webhooks/incoming/',
    description: 'A Mattermost incoming webhook: anyone holding the URL posts to its channel as the integration.',
  },
  {
    id: 'slack-webhook-url', provider: 'Slack', title: 'Slack incoming webhook URL',
    source: 'provider docs: Slack incoming webhooks (hooks.slack.com/services/T…/B…/…); workflow/trigger URLs third-party',
    // Or its path alone, the host on another line (a request line in `curl -v` output): workspace `T…`, webhook `B…`, 24-character secret.
    keywords: ['hooks.slack.com', '/services/t'],
    pattern: /(?<secret>https?:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9]{8,12}\/[A-Za-z0-9]{8,20}\/[A-Za-z0-9/]{20,80}|(?<![\w.\/-])\/services\/T[A-Z0-9]{8,11}\/B[A-Z0-9]{8,11}\/[A-Za-z0-9]{24})(?![A-Za-z0-9/_-])/,
    confidence: 'provider', severity: 'error',
    envVar: 'SLACK_WEBHOOK_URL', rotateUrl: SLACK_APPS,
    description: 'Slack webhook URL (hooks.slack.com/services|workflows|triggers/…): anyone holding it can post to the channel.',
  },
  {
    id: 'discord-bot-token', provider: 'Discord', title: 'Discord bot token',
    source: 'observed (base64 user id . timestamp . HMAC); not found in Discord docs',
    // Libraries that log a bot in without saying "discord": serenity (Rust), JDA, DSharpPlus, nextcord (`xtcord`), disnake.
    // discord.py logs in with `bot.run("…")` / `client.run("…")`.
    keywords: ['discord', 'bot_token', 'bottoken', 'bot-token', 'serenity', 'jdabuilder', 'dsharpplus', 'xtcord', 'disnake', 'bot.run(', 'client.run('],
    pattern: bare('[MNO][A-Za-z0-9_-]{22,26}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,40}'),
    window: { before: 800, after: 800, wholeLines: true },
    validate: isDiscordBotToken,
    confidence: 'provider', severity: 'error',
    envVar: 'DISCORD_BOT_TOKEN', rotateUrl: 'https://discord.com/developers/applications',
    description: 'Discord bot token (base64 of the bot\'s numeric id . timestamp . HMAC): controls the bot.',
  },
  {
    id: 'discord-webhook-url', provider: 'Discord', title: 'Discord webhook URL',
    source: 'observed (discord.com/api/webhooks/<id>/<token>); Discord webhook docs name the URL',
    keywords: ['discord.com/api', 'discordapp.com/api'],
    pattern: /https?:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/(?:v[0-9]{1,2}\/)?webhooks\/[0-9]{17,20}\/(?<secret>[A-Za-z0-9_-]{60,80})(?![A-Za-z0-9_-])/,
    confidence: 'provider', severity: 'error',
    envVar: 'DISCORD_WEBHOOK_URL', rotateUrl: 'https://discord.com/developers/docs/resources/webhook',
    description: 'Discord webhook URL (discord.com/api/webhooks/<id>/<token>); the token part is reported.',
  },
  {
    id: 'teams-webhook-url', provider: 'Microsoft Teams', title: 'Microsoft Teams incoming webhook URL',
    source: 'provider docs: learn.microsoft.com Teams "Create an Incoming Webhook" (<org>.webhook.office.com/webhookb2/<group>@<tenant>/IncomingWebhook/<id>/<owner>); the older outlook.office.com/webhook host is observed',
    keywords: ['webhook.office.com', 'outlook.office.com/webhook', 'outlook.office365.com/webhook'],
    // Office 365 connectors are being retired, so a leaked URL may be dead: a warning, not an error.
    pattern: /(?<secret>https:\/\/(?:[a-z0-9-]{1,60}\.webhook\.office\.com\/webhookb2|outlook\.office(?:365)?\.com\/webhook)\/[0-9a-f-]{36}@[0-9a-f-]{36}\/IncomingWebhook\/[0-9a-f]{32}\/[0-9a-f-]{36}(?:\/V2[A-Za-z0-9_-]{20,80})?)(?![A-Za-z0-9_-])/,
    confidence: 'provider', severity: 'warning',
    envVar: 'TEAMS_WEBHOOK_URL', rotateUrl: 'https://learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook',
    description: 'Microsoft Teams incoming webhook URL (Office 365 connector): anyone holding it can post to the channel. Remove the connector to revoke it.',
  },
  {
    id: 'power-automate-webhook-url', provider: 'Microsoft Power Automate', title: 'Power Automate / Logic Apps trigger URL signature',
    source: 'provider docs: learn.microsoft.com Logic Apps "Call, trigger, or nest workflows with HTTP endpoints" (the sig query parameter is a SAS signature)',
    keywords: ['logic.azure.com', 'api.powerplatform.com'],
    // The URL's `sig` lets anyone run the flow (Teams Workflows webhooks post to a channel). (HTML escapes its `&` as `&amp;`.)
    pattern: /https:\/\/[A-Za-z0-9.-]{1,120}\.(?:logic\.azure\.com|api\.powerplatform\.com)(?::443)?\/[A-Za-z0-9/._-]{1,200}\/triggers\/[A-Za-z0-9_-]{1,80}\/paths\/invoke\?[A-Za-z0-9%=&;._-]{0,300}?\bsig=(?<secret>[A-Za-z0-9_%-]{40,60})(?![A-Za-z0-9_%-])/,
    confidence: 'provider', severity: 'error',
    envVar: 'FLOW_TRIGGER_URL', rotateUrl: 'https://learn.microsoft.com/azure/logic-apps/logic-apps-securing-a-logic-app',
    description: 'The signature (sig=) of a Logic Apps or Power Automate HTTP trigger URL, such as a Teams Workflows webhook: anyone holding it can run the flow. Regenerate the access keys to revoke it.',
  },
  {
    id: 'nats-nkey-seed', provider: 'NATS', title: 'NATS nkey seed',
    source: 'NATS docs: nkeys (seeds encode to S + the key type: SU user, SA account, SO operator, SN server, SC cluster, SX curve; base32 with a CRC-16 checksum) and .creds files (USER NKEY SEED block)',
    // A seed is kept under its name: a .creds file's `USER NKEY SEED` block, `nkey:`/`seed:` settings, NATS_* variables.
    keywords: ['nkey', 'seed', 'nats'],
    window: { before: 200, after: 400, wholeLines: true },
    pattern: bare('S[UAONCX][A-Z2-7]{56}'),
    validate: hasValidNkeySeedChecksum,
    confidence: 'provider', severity: 'error',
    envVar: 'NATS_NKEY_SEED', rotateUrl: 'https://docs.nats.io/running-a-nats-service/configuration/securing_nats/auth_intro/nkey_auth',
    description: 'A NATS nkey seed (SU… user, SA… account, SO… operator), checksum checked: it signs as that identity. A user\'s .creds file holds one; revoke the user in its account and issue new credentials.',
  },
  {
    id: 'telegram-api-hash', provider: 'Telegram', title: 'Telegram API hash',
    source: 'Telegram docs, "Obtaining api_id" (core.telegram.org/api/obtaining_api_id): an application\'s api_id and its api_hash, 32 hex characters, used by MTProto clients (Telethon, Pyrogram, TDLib)',
    keywords: ['api_hash', 'apihash', 'api-hash'],
    window: { before: 400, after: 400 },
    // (Named a hash, it is the application's secret; its api_id nearby says it is Telegram's.)
    find: (window, start) => (/\bapi[_-]?id\b/i.test(window)
      ? eachSecret(/\bapi[_-]?hash["']?[ \t]{0,4}[:=][ \t]{0,4}["']?(?<secret>[0-9a-f]{32})(?![0-9a-f])/dgi, window, start) : []),
    confidence: 'provider', severity: 'error',
    envVar: 'TELEGRAM_API_HASH', rotateUrl: 'https://core.telegram.org/api/obtaining_api_id',
    description: 'A Telegram application\'s api_hash (with its api_id): it signs in MTProto clients as that application; a leaked one gets the application banned.',
  },
  {
    id: 'telegram-bot-token', provider: 'Telegram', title: 'Telegram bot token',
    source: 'provider docs: core.telegram.org/bots/api#authorizing-your-bot (<bot id>:<secret>); secret length observed',
    keywords: [':aa'],
    // Also in the Bot API's URL path, right after `bot`: `api.telegram.org/bot<token>/sendMessage`.
    pattern: /(?:(?<![A-Za-z0-9_-])|(?<=\/bot))(?<secret>[0-9]{5,16}:AA[A-Za-z0-9_-]{33})(?![A-Za-z0-9_-])/,
    // Bot ids are 8 to 10 digits today: with one, the shape is the bot's own. A shorter id needs a bot named nearby.
    validate: (value, ctx, m) => /^\d{8,10}:/.test(value)
      // (Around the token, not in it: a random body may hold `_bot`.)
      || /telegram|\bbot|bot\b|_bot|bot_|tg_/i.test(`${ctx.text.slice(Math.max(0, m.start - 300), m.start)} ${ctx.text.slice(m.end, m.end + 300)}`),
    confidence: 'provider', severity: 'error',
    envVar: 'TELEGRAM_BOT_TOKEN', rotateUrl: 'https://t.me/BotFather',
    description: 'Telegram bot token (<bot id>:AA…) next to a Telegram/bot name: controls the bot.',
  },
];
