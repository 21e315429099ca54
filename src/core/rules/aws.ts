import { assignmentAt } from '../assignment';
import { decodeBase64, shannonEntropy } from '../text';
import { prefixed } from './define';
import type { RawMatch, Rule } from '../types';

const ROTATE = 'https://console.aws.amazon.com/iam/home#/security_credentials';

/** Secret access keys have no prefix: we only trust them under a name that says so. */
const SECRET_NAME = /secret_?access_?key|aws_?secret(?:_?key)?$|secretkey$/i;
const SECRET_VALUE = /^[A-Za-z0-9/+]{40}$/;
/**
 * A key id, then the 40-character secret: quoted arguments (`"AKIA…", "…"`), or the columns of
 * the IAM console's credentials.csv and accessKeys.csv (`AKIA…,…`), a tab or spaces (s3fs's `:` has its own rule),
 * or the next string constant of decompiled Android code (smali's `const-string v1, "…"` after the id's).
 */
const KEY_ID_THEN_SECRET = /(?<![A-Z0-9])(?:AKIA|ASIA)[A-Z2-7]{16}(?:["'`][ \t]{0,3},[ \t]{0,3}(?:\r?\n[ \t]{0,24})?["'`]|"(?:[ \t]{0,4}\r?\n){1,3}[ \t]{0,24}const-string[ \t]{1,4}[vp]\d{1,3},[ \t]{0,4}"|[,|\t]|[ \t]{1,4})(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/dg;

export const awsRules: Rule[] = [
  prefixed({
    id: 'aws-access-key-id', provider: 'AWS', title: 'AWS access key ID',
    source: 'provider docs: IAM User Guide "IAM identifiers > unique ID prefixes" (AKIA, ASIA, ABIA, ACCA)',
    // AKIA: long-term IAM user key; ASIA: temporary STS key; others are rarer principals.
    prefix: ['AKIA', 'ASIA', 'ABIA', 'ACCA'], body: '[A-Z2-7]{16}', tokenChars: 'A-Za-z0-9',
    validate: (value, ctx, match) => {
      // In a presigned URL (`X-Amz-Credential=AKIA…`) the id is public by design; the URL's
      // signature is what grants access, and it expires.
      if (/Credential=$/i.test(ctx.text.slice(Math.max(0, match.start - 12), match.start))) return false;
      return value.startsWith('ASIA') ? { severity: 'warning', detail: 'temporary STS credentials' } : true;
    },
    pairedWith: 'aws-secret-access-key',
    narrower: f => /temporary/i.test(f.detail ?? '') ? undefined
      : 'Long-term IAM user keys (AKIA…) never expire; give the code an IAM role (instance profile, ECS task role, IRSA, or OIDC in CI) or short-lived STS credentials, with a policy scoped to what it calls.',
    envVar: 'AWS_ACCESS_KEY_ID', rotateUrl: ROTATE,
    description: 'AWS access key ID (AKIA…/ASIA…); half of a credential pair, paired with its secret when both are present.',
  }),
  {
    id: 'aws-secret-access-key', provider: 'AWS', title: 'AWS secret access key',
    source: 'provider docs: AWS examples (40-character secret access key, aws_secret_access_key)',
    keywords: ['secret_access_key', 'secretaccesskey', 'secret-access-key', 'aws_secret', 'awssecret', 'aws-secret', 'akia', 'asia'],
    // A constructor's arguments may each sit on their own line (`create(⏎  "AKIA…",⏎  "…")`).
    window: { before: 0, after: 160, wholeLines: true },
    find: (window, start, ctx) => {
      const out: RawMatch[] = [];
      // The argument after a key id: `new BasicAWSCredentials("AKIA…", "…")`, Go's
      // `NewStaticCredentials("AKIA…", "…", "")`: SDK constructors take the pair in this order.
      KEY_ID_THEN_SECRET.lastIndex = 0;
      for (let m = KEY_ID_THEN_SECRET.exec(window); m; m = KEY_ID_THEN_SECRET.exec(window)) {
        const value = m.groups!.secret;
        if (shannonEntropy(value) <= 4) continue;
        const at = start + m.indices!.groups!.secret[0];
        out.push({ start: at, end: at + value.length, value });
      }
      const lower = window.toLowerCase();
      for (const kw of ['secret', 'aws']) {
        for (let i = lower.indexOf(kw); i !== -1; i = lower.indexOf(kw, i + kw.length)) {
          const a = assignmentAt(ctx.text, start + i, start + window.length);
          if (a && SECRET_NAME.test(a.name) && SECRET_VALUE.test(a.value) && shannonEntropy(a.value) > 4) {
            out.push({ start: a.start, end: a.end, value: a.value, assignedName: a.name });
          }
        }
      }
      return out;
    },
    confidence: 'provider', severity: 'error',
    pairedWith: 'aws-access-key-id',
    envVar: 'AWS_SECRET_ACCESS_KEY', rotateUrl: ROTATE,
    description: 'AWS secret access key (40 characters) assigned to a name such as aws_secret_access_key.',
  },
  prefixed({
    id: 'aws-bedrock-api-key', provider: 'AWS', title: 'Amazon Bedrock API key (long-term)',
    source: 'provider docs: Bedrock "API keys" (long-term service-specific credentials); ABSK prefix third-party',
    // Base64 of `BedrockAPIKey-<id>-at-<account>:<secret>`: checked by decoding, so the length may vary.
    prefix: 'ABSK', body: '[A-Za-z0-9+/]{60,400}={0,2}', tokenChars: 'A-Za-z0-9+/=',
    validate: value => /^BedrockAPIKey-/.test(decodeBase64(value.slice(4)) ?? ''),
    envVar: 'AWS_BEARER_TOKEN_BEDROCK', rotateUrl: 'https://console.aws.amazon.com/bedrock/home#/api-keys',
    description: 'Long-term Amazon Bedrock API key (ABSK…).',
  }),
  prefixed({
    id: 'aws-bedrock-short-term-key', provider: 'AWS', title: 'Amazon Bedrock API key (short-term)',
    source: 'provider docs: Bedrock "API keys" (short-term presigned keys); bedrock-api-key- prefix third-party',
    // The body starts with base64 of "bedrock.amazonaws.com".
    prefix: 'bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t', body: '[A-Za-z0-9+/=%_-]{40,4000}', tokenChars: 'A-Za-z0-9+/=%_-',
    severity: 'warning', envVar: 'AWS_BEARER_TOKEN_BEDROCK', rotateUrl: 'https://console.aws.amazon.com/bedrock/home#/api-keys',
    description: 'Short-term (presigned, up to 12 h) Amazon Bedrock API key.',
  }),
];
