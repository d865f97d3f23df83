// Passwordless e-mail login with otp_pg, from Node.js (pg). A sender loop stands in for the service
// that e-mails codes; main() is the application. Run with OTP_PG_DSN set to a libpq connection string,
// e.g. "host=127.0.0.1 user=postgres dbname=postgres".
'use strict';

const { randomUUID } = require('node:crypto');
const { EventEmitter, once } = require('node:events');
const { Client } = require('pg');

const CLAIM_BATCH = 10;
const FALLBACK_POLL_MS = 5000; // notifications sent while nobody listens are lost: claim on a timer too
const CODE_DEADLINE_MS = 10000;

// pg takes URLs or an options object, not libpq's "key=value" strings (values may be 'quoted').
function clientOptions(dsn) {
  if (/^postgres(ql)?:\/\//.test(dsn)) return { connectionString: dsn };
  const names = { host: 'host', port: 'port', user: 'user', dbname: 'database', password: 'password' };
  const options = {};
  for (const [, key, quoted, bare] of dsn.matchAll(/(\w+)\s*=\s*(?:'((?:\\.|[^'\\])*)'|(\S+))/g)) {
    if (!(key in names)) throw new Error(`OTP_PG_DSN: this example does not handle "${key}"`);
    options[names[key]] = quoted !== undefined ? quoted.replace(/\\(.)/g, '$1') : bare;
  }
  return options;
}

// Codes "sent" by the sender, by identifier; the application waits here for its code.
class Mailbox extends EventEmitter {
  codes = new Map();
  deliver(identifier, code) {
    this.codes.set(identifier, code);
    this.emit('delivered', identifier);
  }
  async waitForCode(identifier, timeoutMs) {
    const signal = AbortSignal.timeout(timeoutMs);
    while (!this.codes.has(identifier)) {
      await once(this, 'delivered', { signal }).catch(() => {
        throw new Error(`no code for ${identifier} within ${timeoutMs} ms`);
      });
    }
    return this.codes.get(identifier);
  }
}

function fail(error) {
  console.error(`login flow FAILED: ${error.message}`);
  process.exit(1);
}

// Claims requests until none are left, "sends" each one and acknowledges it.
async function deliverPending(client, mailbox) {
  for (;;) {
    const { rows } = await client.query('SELECT * FROM otp_claim_deliveries($1, 30)', [CLAIM_BATCH]);
    for (const request of rows) {
      console.log(`sender: sending a code to ${request.identifier}`);
      mailbox.deliver(request.identifier, request.code);
      await client.query('SELECT otp_ack_delivery($1)', [request.delivery_id]);
    }
    if (rows.length < CLAIM_BATCH) return;
  }
}

async function startSender(options, mailbox) {
  const client = new Client(options);
  client.on('error', (error) => fail(new Error(`sender connection: ${error.message}`)));
  await client.connect();
  // One pass at a time: a wake-up during a pass queues another pass after it.
  let pass = Promise.resolve();
  const wakeUp = () => { pass = pass.then(() => deliverPending(client, mailbox)).catch(fail); };
  client.on('notification', wakeUp);
  await client.query('LISTEN otp_delivery'); // before anything is initiated, so nothing is missed
  console.log('sender: listening on otp_delivery');
  wakeUp();
  const timer = setInterval(wakeUp, FALLBACK_POLL_MS);
  return async () => { clearInterval(timer); await pass; await client.end(); };
}

function expect(what, actual, expected) {
  const [got, wanted] = [JSON.stringify(actual), JSON.stringify(expected)];
  if (got !== wanted) throw new Error(`${what}: expected ${wanted}, got ${got}`);
}

async function main() {
  const options = clientOptions(process.env.OTP_PG_DSN ?? '');
  const mailbox = new Mailbox();
  const stopSender = await startSender(options, mailbox);

  const app = new Client(options);
  await app.connect();
  const address = `login-${randomUUID().replaceAll('-', '').slice(0, 12)}@example.com`;
  const { rows: [challenge] } = await app.query(
    `SELECT * FROM otp_initiate($1, 'email', '{"next": "/dashboard"}'::jsonb)`, [address]);
  console.log(`app: challenge started for ${challenge.masked_identifier}`);

  const code = await mailbox.waitForCode(address, CODE_DEADLINE_MS);
  console.log('app: the code arrived in the mailbox');

  const verify = async (attempt) =>
    (await app.query('SELECT * FROM otp_verify($1, $2)', [challenge.challenge_id, attempt])).rows[0];

  const wrong = await verify([...code].map((digit) => (Number(digit) + 1) % 10).join(''));
  expect('wrong code', [wrong.status, wrong.remaining_attempts], ['invalid_code', 4]);
  console.log('app: wrong code refused, 4 attempts left');

  const right = await verify(code);
  expect('right code', [right.status, right.identifier, right.payload],
    ['success', address, { next: '/dashboard' }]);
  console.log(`app: right code accepted, next page ${right.payload.next}`);

  const again = await verify(code);
  expect('used code', [again.status, again.remaining_attempts], ['not_found', null]);
  console.log('app: the used code no longer works');

  await app.end();
  await stopSender();
  console.log('login flow OK');
}

main().catch(fail);
