import { ALNUM, HEX, join, randomString, token } from '../../helpers/fakes';
import { expectFinding, expectInAllSyntaxes, expectNone } from './support';

describe('rules: email and SMS', () => {
  it('Twilio auth tokens next to Twilio names or an account SID', () => {
    const t = randomString(32, HEX);
    expectInAllSyntaxes('TWILIO_AUTH_TOKEN', t, 'twilio-auth-token', { severity: 'error' });
    const sid = join('A', 'C', randomString(32, HEX));
    expectFinding(`account_sid = "${sid}"\nauth_token = "${t}"\n`, t, 'twilio-auth-token', { path: 'sms.py' });
    expectNone(`AUTH_TOKEN=${t}`, 'twilio-auth-token', '.env');
    expectNone(`TWILIO_MESSAGE_SID=${t}`, 'twilio-auth-token', '.env'); // not under a secret name
  });

  it('Twilio API key secrets next to their SK SID', () => {
    const secret = randomString(32, ALNUM);
    const sid = join('S', 'K', randomString(32, HEX));
    expectFinding(`TWILIO_API_KEY=${sid}\nTWILIO_API_SECRET=${secret}\n`, secret, 'twilio-api-key-secret', { path: '.env' });
    expectNone(`TWILIO_API_SECRET=${secret}\n`, 'twilio-api-key-secret', '.env');
  });

  it('SendGrid keys', () => {
    const key = join('S', 'G.', randomString(22, ALNUM + '_-'), '.', randomString(43, ALNUM + '_-'));
    expectInAllSyntaxes('SENDGRID_API_KEY', key, 'sendgrid-api-key', { severity: 'error' });
    expectNone(`const text = msg.${randomString(22, ALNUM)}.${randomString(43, ALNUM)};`, 'sendgrid-api-key');
    expectNone(`key = "${key.slice(0, -2)}"`, 'sendgrid-api-key');
  });

  it('Mailgun keys with Mailgun context', () => {
    const key = token(join('ke', 'y-'), 32, HEX);
    expectInAllSyntaxes('MAILGUN_API_KEY', key, 'mailgun-api-key');
    expectNone(`API_KEY=${key}`, 'mailgun-api-key', '.env');
  });

  it('Mailchimp keys carry their data centre', () => {
    const key = join(randomString(32, HEX), '-us', '14');
    expectInAllSyntaxes('MAILCHIMP_API_KEY', key, 'mailchimp-api-key');
    expectNone(`locale = "${randomString(31, HEX)}-us14"`, 'mailchimp-api-key');
    expectNone('lang="en-us" region="eu-us1"', 'mailchimp-api-key');
  });
});
