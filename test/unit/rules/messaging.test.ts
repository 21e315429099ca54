import { ALNUM, DIGITS, discordBotToken, HEX, join, LOWER_ALNUM, randomString, slackBotToken, slackUserToken, URLSAFE } from '../../helpers/fakes';
import { expectFinding, expectInAllSyntaxes, expectNone } from './support';

const SLACK_HOOK = join('https://hooks.', 'slack.com/');

describe('rules: messaging', () => {
  it('Slack bot and user tokens in every syntax', () => {
    expectInAllSyntaxes('SLACK_BOT_TOKEN', slackBotToken(), 'slack-bot-token', { severity: 'error' });
    expectInAllSyntaxes('SLACK_USER_TOKEN', slackUserToken(), 'slack-user-token');
  });

  it('Slack app-level, configuration and legacy tokens', () => {
    const app = join('xa', 'pp-1-', randomString(11, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), '-', randomString(13, DIGITS), '-', randomString(64, LOWER_ALNUM));
    expectFinding(`SLACK_APP_TOKEN=${app}`, app, 'slack-app-token', { path: '.env' });
    const cfg = join('xo', 'xe.', 'xo', 'xp-1-', randomString(150, ALNUM));
    expectFinding(`token: ${cfg}`, cfg, 'slack-config-token', { path: 'slack.yml' });
    const legacy = join('xo', 'xs-', randomString(10, DIGITS), '-', randomString(10, DIGITS), '-', randomString(40, HEX));
    expectFinding(`SLACK_TOKEN="${legacy}"`, legacy, 'slack-legacy-token', { path: 'a.sh' });
  });

  it('Slack webhooks: services, workflows and triggers URLs', () => {
    for (const path of ['services', 'workflows', 'triggers']) {
      const url = join(SLACK_HOOK, path, '/T', randomString(9, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), '/B', randomString(9, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), '/', randomString(24, ALNUM));
      expectFinding(`requests.post("${url}", json=msg)`, url, 'slack-webhook-url', { path: 'notify.py', label: path });
    }
    expectNone(`url = "${SLACK_HOOK}services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"`, 'slack-webhook-url');
    // Team and channel ids are capitals and digits: one that spells TBD or MOCK is still an id.
    const tbd = join(SLACK_HOOK, 'services/TBDQ', randomString(5, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), '/BMOCK', randomString(5, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), '/', randomString(24, ALNUM));
    expectFinding(`requests.post("${tbd}", json=msg)`, tbd, 'slack-webhook-url', { path: 'notify.py' });
  });

  it('Slack placeholders and truncated tokens are ignored', () => {
    expectNone(`t = "${join('xo', 'xb-')}your-bot-token"`, 'Slack');
    expectNone(`t = "${join('xo', 'xb-')}1234-5678-abcdefghijklmnopqrstuvwx"`, 'Slack');
    expectNone(`t = "${slackBotToken().slice(0, 30)}"`, 'Slack');
  });

  it('Slack documented example tokens are dropped', () => {
    const t = slackBotToken();
    expectNone(`SLACK_BOT_TOKEN=${t.slice(0, -10)}EXAMPLE123`, 'Slack', '.env');
  });

  it('Discord bot tokens whose first part decodes to a numeric id', () => {
    const t = discordBotToken();
    expectInAllSyntaxes('DISCORD_BOT_TOKEN', t, 'discord-bot-token', { severity: 'error' });
    expectFinding(`client.run("${t}")  # discord bot`, t, 'discord-bot-token', { path: 'bot.py' });
  });

  it('Discord look-alikes whose first part is not a snowflake are ignored', () => {
    const notId = [Buffer.from('1234567890123abcde').toString('base64url'), randomString(6, URLSAFE), randomString(38, URLSAFE)].join('.');
    expectNone(`DISCORD_BOT_TOKEN=${notId}`, 'discord-bot-token', '.env');
    expectNone(`DISCORD_BOT_TOKEN=${discordBotToken(undefined, '0' + randomString(17, DIGITS))}`, 'discord-bot-token', '.env');
  });

  it('Discord webhooks report the token part of the URL', () => {
    const secret = randomString(68, URLSAFE);
    for (const host of ['discord.com', 'discordapp.com', 'canary.discord.com']) {
      const url = `https://${host}/api/webhooks/${randomString(18, DIGITS)}/${secret}`;
      expectFinding(`WEBHOOK="${url}"`, secret, 'discord-webhook-url', { path: 'a.sh', label: host });
    }
  });

  it("Telegram bot tokens: a bot id of today's 8-10 digits is the shape itself; a shorter one needs a bot/telegram name nearby", () => {
    const t = join(randomString(10, DIGITS), ':', 'AA', randomString(33, URLSAFE));
    expectInAllSyntaxes('TELEGRAM_BOT_TOKEN', t, 'telegram-bot-token');
    expectFinding(`bot = telebot.TeleBot("${t}")`, t, 'telegram-bot-token', { path: 'bot.py' });
    expectFinding(`pasted = "${t}"`, t, 'telegram-bot-token', { path: 'a.py' });
    const short = join(randomString(6, DIGITS), ':', 'AA', randomString(33, URLSAFE));
    expectNone(`ratio = "${short}"`, 'telegram-bot-token', 'a.py');
    expectFinding(`bot = telebot.TeleBot("${short}")`, short, 'telegram-bot-token', { path: 'bot.py' });
    expectNone(`TELEGRAM_BOT_TOKEN=${t}x`, 'telegram-bot-token', '.env');
  });
});
