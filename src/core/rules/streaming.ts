/**
 * Live streaming and game servers: stream keys in broadcast software (OBS profiles), RTMP and SRT
 * ingest URLs and relays (Twitch's own key format is social.ts's), and game servers' passwords in
 * their configuration (Source engine cfg files, Minecraft Velocity's forwarding secret, Factorio's
 * RCON password file). Formats from the services' help pages and the games' server docs (`source`).
 */

import { eachSecret, isDummyPassword, loneSecretFile, passwordsIn } from './define';
import { isPlaceholder } from '../filters';
import type { Rule } from '../types';

/**
 * Stream keys by their shapes: YouTube's five groups of four, Facebook's persistent `FB-<id>-0-…`,
 * Kick's `sk_<region>_…`, Restream's `re_<id>_<hex>` (Twitch's `live_…` has a rule of its own, anywhere).
 */
const STREAM_KEY = String.raw`[a-z0-9]{4}(?:-[a-z0-9]{4}){4}|FB-\d{10,20}-\d{1,2}-[A-Za-z0-9_-]{20,120}|sk_[a-z]{2}-[a-z]{2,10}-\d_[A-Za-z0-9]{10,40}|re_\d{4,12}_[0-9a-f]{16,40}`;

/** An ingest URL whose last segment is the key: a service's (`a.rtmp.youtube.com/live2/…`) or a relay's in a known shape. */
const INGEST_URL = new RegExp(String.raw`\b(?:rtmps?|srt)://(?:(?<service>[\w-]{1,40}\.(?:rtmps?\.youtube\.com|facebook\.com|contribute\.live-video\.net|twitch\.tv|restream\.io)(?::\d{1,5})?/[\w-]{1,20}/(?<key>[A-Za-z0-9_-]{16,160}))|[^\s"'<>;/]{1,200}(?:/[\w.-]{1,40}){0,3}/(?<secret>${STREAM_KEY}))(?![\w-])`, 'dg');

/**
 * A stream key's shape under a stream key's name (`stream_key: …`, `YT_KEY="…"`). By its shape only:
 * GetStream's chat SDK calls its public API key `STREAM_KEY` too.
 */
const NAMED_STREAM_KEY = new RegExp(String.raw`(?:stream[_-]?key|\b(?:yt|youtube|twitch|kick|fb|facebook|restream)[\w-]{0,20}key)["']?[ \t]{0,4}[:=][ \t]{0,4}["']?(?<secret>${STREAM_KEY})(?![\w-])`, 'dgi');

export const streamingRules: Rule[] = [
  {
    id: 'live-stream-key', provider: 'Live streaming', title: 'Live stream key',
    source: 'YouTube Help "Create a live stream with an encoder" (rtmp://a.rtmp.youtube.com/live2/<stream key>), Facebook Live Producer (persistent stream key FB-…), Twitch and Kick broadcasting guides, Restream and nginx-rtmp-module docs (push <url>)',
    keywords: ['rtmp://', 'rtmps://', 'srt://', 'stream_key', 'streamkey', 'stream-key', 'yt_key', 'youtube_key', 'youtube_stream'],
    window: { before: 0, after: 300, wholeLines: true },
    find: (window, start) => {
      const out = eachSecret(NAMED_STREAM_KEY, window, start);
      INGEST_URL.lastIndex = 0;
      for (let m = INGEST_URL.exec(window); m; m = INGEST_URL.exec(window)) {
        // A service's ingest host says what the last segment is, whatever its shape; a relay's must have a known shape.
        const group = m.groups!.service ? 'key' : 'secret';
        const value = m.groups![group];
        if (group === 'key' && (isDummyPassword(value) || !/[0-9]/.test(value))) continue;
        const [s, e] = m.indices!.groups![group]!;
        out.push({ start: start + s, end: start + e, value });
      }
      return out;
    },
    confidence: 'provider', severity: 'error',
    envVar: 'STREAM_KEY', rotateUrl: 'https://support.google.com/youtube/answer/2907883',
    description: 'A stream key in an ingest URL (OBS, ffmpeg, nginx-rtmp `push`, a restreamer): whoever has it broadcasts on the channel. Reset it in the service\'s dashboard.',
  },
  {
    id: 'obs-stream-key', provider: 'Live streaming', title: 'Stream key in an OBS profile',
    source: 'OBS Studio profiles: basic/profiles/<name>/service.json holds {"settings": {"key", "server", "service"}, "type": "rtmp_common" | "rtmp_custom"}',
    keywords: [],
    paths: /(?:^|\/)service\.json$/,
    find: (window, start) => (/"type"\s{0,8}:\s{0,8}"rtmp_(?:common|custom)"|"server"\s{0,8}:\s{0,8}"(?:rtmps?|srt):\/\//.test(window)
      ? passwordsIn(/"key"\s{0,8}:\s{0,8}"(?<secret>[^"\\\s]{8,300})"/dg, window, start) : []),
    confidence: 'provider', severity: 'error',
    envVar: 'STREAM_KEY', rotateUrl: 'https://obsproject.com/kb/stream-key',
    description: 'The stream key of an OBS Studio profile (service.json): whoever has it broadcasts on the channel.',
  },
  {
    id: 'plex-token', provider: 'Plex', title: 'Plex authentication token',
    source: 'Plex Support, "Finding an authentication token / X-Plex-Token" (a URL parameter or header; tokens are 20 characters as issued); Plex Media Server keeps its own in Preferences.xml as PlexOnlineToken (newer JWT tokens are the JWT rules\')',
    keywords: ['x-plex-token', 'plexonlinetoken'],
    window: { before: 0, after: 200 },
    find: (window, start) => eachSecret(/(?:X-Plex-Token|PlexOnlineToken)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?(?<secret>[A-Za-z0-9_-]{20,24})(?![\w-])/dgi, window, start,
      value => (/\d/.test(value) && /[A-Za-z]/.test(value) && !isPlaceholder(value) ? {} : undefined)),
    confidence: 'provider', severity: 'error',
    envVar: 'PLEX_TOKEN', rotateUrl: 'https://support.plex.tv/articles/204059436-finding-an-authentication-token-x-plex-token/',
    description: 'A Plex token in a URL (`?X-Plex-Token=…`), a header or Preferences.xml: it acts as the Plex account on its servers (libraries, users, settings). Changing the account\'s password with "sign out connected devices" revokes it.',
  },
  {
    id: 'roblox-security-cookie', provider: 'Roblox', title: 'Roblox session cookie (.ROBLOSECURITY)',
    source: 'Roblox: the .ROBLOSECURITY cookie opens with its own warning, `_|WARNING:-DO-NOT-SHARE-THIS.--Sharing-this-will-allow-someone-to-log-in-as-you-and-to-steal-your-ROBUX-and-items.|_`, then the session',
    keywords: ['do-not-share-this'],
    // (From the warning's opening, before the keyword.)
    window: { before: 16, after: 4200 },
    pattern: /_\|WARNING:-DO-NOT-SHARE-THIS\.--Sharing-this-will-allow-someone-to-log-in-as-you-and-to-steal-your-ROBUX-and-items\.\|_(?<secret>[A-Za-z0-9+/=_-]{100,4000})/,
    validate: value => !isPlaceholder(value),
    confidence: 'provider', severity: 'error',
    envVar: 'ROBLOSECURITY', rotateUrl: 'https://www.roblox.com/my/account#!/security',
    description: 'A Roblox .ROBLOSECURITY session cookie (an upload or publish script, a bot): it signs in as the account, bypassing its two-step verification. "Log out of all other sessions" revokes it.',
  },
  {
    id: 'game-server-password', provider: 'Game server', title: 'Game server password',
    source: 'Valve Developer Community: rcon_password, sv_password, sv_setsteamaccount <game server login token> (server.cfg or launch options; GSLT/SRCDS_TOKEN variables); TShock REST API docs (ApplicationRestTokens in config.json)',
    keywords: ['rcon_password', 'sv_password', 'sv_setsteamaccount', 'gslt', 'srcds_token', 'steam_account', 'steamaccount', 'applicationresttokens'],
    window: { before: 0, after: 200, wholeLines: true },
    find: (window, start) => [
      ...passwordsIn(/(?:^|[ \t])\+?(?:rcon_password|sv_password)[ \t]{1,8}"?(?<secret>[^"\s;]{3,128})"?/dgm, window, start),
      ...eachSecret(/(?:^|[ \t])\+?sv_setsteamaccount[ \t]{1,8}"?(?<secret>[0-9A-F]{32})"?/dgm, window, start, () => ({ title: 'Steam game server login token' })),
      // The token in a launch script's or a container's variable: `GSLT="…"`, the srcds images' `SRCDS_TOKEN=…`, `STEAM_ACCOUNT=…`.
      ...eachSecret(/(?:^|[\s"'-])(?:[A-Z_]{0,20}GSLT|SRCDS_TOKEN|STEAM_?ACCOUNT(?:_TOKEN)?)[ \t]{0,4}[=:][ \t]{0,4}["']?(?<secret>[0-9A-F]{32})(?![\w])/dgim, window, start, () => ({ title: 'Steam game server login token' })),
      // TShock's REST tokens are the keys of `ApplicationRestTokens` (each names the user it acts as).
      ...passwordsIn(/"ApplicationRestTokens"[ \t]{0,4}:[ \t]{0,4}\{\s{0,40}"(?<secret>[^"\s\\]{16,128})"[ \t]{0,4}:/dg, window, start),
    ],
    confidence: 'provider', severity: 'error',
    envVar: 'RCON_PASSWORD', rotateUrl: 'https://steamcommunity.com/dev/managegameservers',
    description: 'A Source engine server\'s RCON password (full control of the server), its join password, or its Steam game server login token (GSLT), in server.cfg or launch options.',
  },
  loneSecretFile({
    id: 'velocity-forwarding-secret', provider: 'Game server', title: 'Minecraft Velocity forwarding secret',
    source: 'Velocity documentation, "Configuring player information forwarding": modern forwarding\'s secret in forwarding.secret, shared with every backend server',
    paths: /(?:^|\/)forwarding\.secret$/,
    envVar: 'VELOCITY_FORWARDING_SECRET',
    description: 'The secret a Velocity proxy and its Minecraft servers share: whoever has it connects to a backend directly as any player, admins included.',
  }),
  loneSecretFile({
    id: 'factorio-rcon-password-file', provider: 'Game server', title: 'Factorio RCON password file',
    source: 'Factorio headless server (Factorio wiki, Multiplayer): without --rcon-password the server writes a generated one to config/rconpw',
    paths: /(?:^|\/)config\/rconpw$/,
    envVar: 'RCON_PASSWORD',
    description: 'The RCON password a Factorio server generated: full console access to the server.',
  }),
];
